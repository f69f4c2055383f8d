// Importer fuzz (fast-check, > 1,000 hostile or malformed documents in total): random JSON, mutated valid bundles
// and backups, prototype keys at any depth, oversized strings, huge arrays and newer versions. The importer never
// throws, answers ok:false with at least one located error (or ok for harmless mutations), and never pollutes
// Object.prototype.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup, parseBundle } from '../../../../shared/bundle/parse';
import type { BackupParseResult, BundleParseResult } from '../../../../shared/bundle/types';
import { MAX, validBackup, validBundle } from './fixture';

const protoNames = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoNames);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

type Path = (string | number)[];

/** Every path to a value inside a JSON document (root excluded). */
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(v)) v.forEach((x, i) => { out.push([...at, i]); paths(x, [...at, i], out); });
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) { out.push([...at, k]); paths(x, [...at, k], out); }
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let cur = root as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
  return cur;
}

/** Sets an own, enumerable property even for "__proto__" (so JSON.stringify writes it). */
function defineOwn(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'forbidden'; at: number; key: '__proto__' | 'constructor' | 'prototype'; value: unknown }
  | { kind: 'longString'; at: number; length: number }
  | { kind: 'hugeArray'; at: number; length: number }
  | { kind: 'newer'; version: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('forbidden' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const),
    value: fc.constantFrom<unknown>({ polluted: 'yes' }, { prototype: { polluted: 'yes' } }, 1, 'x'),
  }),
  fc.record({ kind: fc.constant('longString' as const), at: fc.nat(), length: fc.integer({ min: 25_000, max: 60_000 }) }),
  fc.record({ kind: fc.constant('hugeArray' as const), at: fc.nat(), length: fc.integer({ min: 1_001, max: 3_000 }) }),
  fc.record({ kind: fc.constant('newer' as const), version: fc.integer({ min: 2, max: 1_000_000 }) }),
);

function mutate(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  if (m.kind === 'newer') return { ...copy, formatVersion: m.version };
  const all = paths(copy);
  const path = all[m.at % all.length] ?? ['format'];
  const parent = parentOf(copy, path);
  const key = path[path.length - 1] ?? 'format';
  switch (m.kind) {
    case 'replace':
      parent[key] = m.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'forbidden': {
      // JSON.stringify writes only index keys of arrays, so the key must land on a plain object.
      const isPlain = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
      const child = parent[key];
      if (isPlain(child)) defineOwn(child, m.key, m.value);
      else if (isPlain(parent) && !Array.isArray(parent)) defineOwn(parent, m.key, m.value);
      else {
        const holder = {};
        defineOwn(holder, m.key, m.value);
        parent[key] = holder;
      }
      break;
    }
    case 'longString':
      parent[key] = 'x'.repeat(m.length);
      break;
    case 'hugeArray':
      parent[key] = Array.from({ length: m.length }, (_, i) => (i % 2 === 0 ? 'x' : 0));
      break;
  }
  return copy;
}

function checkResult(r: BundleParseResult | BackupParseResult, mustFail: boolean): void {
  if (r.ok) {
    expect(mustFail).toBe(false);
    return;
  }
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(typeof e.path).toBe('string');
    expect(e.path === '' || e.path.startsWith('/')).toBe(true);
    expect(e.message.length).toBeGreaterThan(0);
  }
}

/** Whether a string of 25,000 or more characters sits anywhere but in an evidence file's base64 contents. */
function hasOverlongText(v: unknown, key = ''): boolean {
  if (typeof v === 'string') return v.length >= 25_000 && key !== 'contentBase64';
  if (Array.isArray(v)) return v.some((x) => hasOverlongText(x, key));
  if (typeof v === 'object' && v !== null) return Object.entries(v).some(([k, x]) => hasOverlongText(x, k));
  return false;
}

/**
 * Whether the final document still carries something hostile. Judged on the document, not on the mutations: a later
 * mutation may delete what an earlier one planted (fast-check found [delete, longString, delete] leaving a valid
 * bundle, which the importer rightly accepted). A long string is hostile only where the schema caps text: evidence
 * contents are base64 of up to about 150 MB, and 25,000 "x" characters are valid base64 (fast-check found that too).
 */
function stillHostile(doc: unknown): boolean {
  const text = JSON.stringify(doc);
  if (/"(__proto__|constructor|prototype)":/.test(text)) return true;
  if (hasOverlongText(doc)) return true;
  const version = (doc as { formatVersion?: unknown }).formatVersion;
  return typeof version === 'number' && version >= 2;
}

describe('importer fuzz', () => {
  it('judges hostility on the final document (regression: a later delete can remove a planted long string)', () => {
    const planted = mutate(validBundle(), { kind: 'longString', at: 3, length: 25_000 });
    expect(stillHostile(planted)).toBe(true);
    expect(parseBundle(JSON.stringify(planted), { maxBytes: MAX }).ok).toBe(false);
    expect(stillHostile(mutate(planted, { kind: 'delete', at: 3 }))).toBe(false);
  });

  it('a long base64 string in the contents of an evidence file is not hostile (regression: seed 299958155)', () => {
    const bundle = validBundle() as unknown as { evidence: { contentBase64?: string }[] };
    const first = bundle.evidence[0];
    expect(first).toBeDefined();
    if (first) first.contentBase64 = 'x'.repeat(25_000);
    expect(stillHostile(bundle)).toBe(false);
    expect(parseBundle(JSON.stringify(bundle), { maxBytes: MAX }).ok).toBe(true);
    const notes = structuredClone(bundle) as unknown as { review: { title: string } };
    notes.review.title = 'x'.repeat(25_000);
    expect(stillHostile(notes)).toBe(true);
    expect(parseBundle(JSON.stringify(notes), { maxBytes: MAX }).ok).toBe(false);
  });

  it('random JSON and random text never throw and never validate as a bundle or backup', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string({ maxLength: 200 })), (text) => {
        checkResult(parseBundle(text, { maxBytes: MAX }), true);
        checkResult(parseBackup(text, { maxBytes: MAX }), true);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('mutated valid bundles: never throw; located errors; hostile mutations always refused', () => {
    const base = validBundle();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        let doc: unknown = base;
        for (const m of ms) doc = mutate(doc, m);
        const r = parseBundle(JSON.stringify(doc), { maxBytes: MAX });
        checkResult(r, stillHostile(doc));
      }),
      { numRuns: 600 },
    );
  }, 120_000);

  it('mutated valid backups: never throw; located errors; hostile mutations always refused', () => {
    const base = validBackup();
    fc.assert(
      fc.property(mutation, (m) => {
        const doc = mutate(base, m);
        checkResult(parseBackup(JSON.stringify(doc), { maxBytes: MAX }), stillHostile(doc));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('truncated and spliced bundle text never throws', () => {
    const text = JSON.stringify(validBundle());
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 20 }), (cut, junk) => {
        const r = parseBundle(text.slice(0, cut) + junk + text.slice(cut + junk.length), { maxBytes: MAX });
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('an oversized document is refused before parsing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (limit) => {
        const r = parseBundle(JSON.stringify(validBundle()), { maxBytes: limit });
        expect(r).toMatchObject({ ok: false, errors: [{ path: '' }] });
      }),
      { numRuns: 50 },
    );
  });
});
