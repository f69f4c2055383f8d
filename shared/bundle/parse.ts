/**
 * Safe import of review bundles and backups: a size limit before parsing, a JSON parse that refuses prototype keys
 * (`__proto__`, `constructor`, `prototype`) at any depth, a depth limit, format and version checks, the migration
 * sequence for older versions, then strict schema validation that names every problem with its JSON Pointer.
 * Never throws: any failure comes back as `{ ok: false, errors }`.
 */
import type { z } from 'zod';
import type { JsonObject, Migration } from './migrations';
import { BACKUP_MIGRATIONS, BUNDLE_MIGRATIONS, migrate } from './migrations';
import { backupSchema, reviewBundleSchema } from './schema';
import type { Backup, BackupParseResult, BundleParseResult, ImportError, ReviewBundle } from './types';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './types';

/** Keys that are refused anywhere in an imported document. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Deepest nesting accepted (the formats need about 8). */
export const MAX_DEPTH = 64;
/** At most this many errors are reported (the rest are summarised). */
export const MAX_ERRORS = 100;

export interface ParseOptions {
  /** Largest accepted document, in UTF-8 bytes. */
  readonly maxBytes: number;
}

/** JSON Pointer (RFC 6901) of a path. */
export function pointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** UTF-8 byte length of a string, stopping early once it exceeds `limit`. */
export function utf8Length(s: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

type Parsed = { ok: true; value: unknown } | { ok: false; errors: ImportError[] };

/** Parses JSON text safely: size limit, no prototype keys, bounded depth. */
export function safeJsonParse(text: unknown, maxBytes: number): Parsed {
  if (typeof text !== 'string') return { ok: false, errors: [{ path: '', message: 'The file is not text.' }] };
  if (text.length > maxBytes || utf8Length(text, maxBytes) > maxBytes) {
    return { ok: false, errors: [{ path: '', message: `The file is larger than the ${maxBytes}-byte limit.` }] };
  }
  let forbidden = 0;
  let value: unknown;
  try {
    value = JSON.parse(text, function reviver(this: unknown, key: string, v: unknown): unknown {
      if (FORBIDDEN_KEYS.has(key)) {
        forbidden++;
        return undefined; // dropped: the value never carries it
      }
      return v;
    });
  } catch (e) {
    const msg = e instanceof SyntaxError ? e.message : e instanceof RangeError ? 'nesting too deep' : 'unreadable';
    return { ok: false, errors: [{ path: '', message: `The file is not valid JSON (${msg}).` }] };
  }
  if (forbidden > 0) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = undefined;
    }
    const located = scan(raw).filter((e) => e.message.startsWith('Forbidden key'));
    return { ok: false, errors: located.length > 0 ? located : [{ path: '', message: `Forbidden key (__proto__, constructor or prototype) found ${forbidden} time(s).` }] };
  }
  const problems = scan(value);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, value };
}

/** Iterative walk: finds forbidden keys and nesting deeper than MAX_DEPTH, with their paths. */
function scan(root: unknown): ImportError[] {
  const errors: ImportError[] = [];
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: root, path: '', depth: 0 }];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const item = stack.pop();
    if (item === undefined) break;
    const { v, path, depth } = item;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_DEPTH) {
      errors.push({ path, message: `Nesting deeper than ${MAX_DEPTH} levels.` });
      continue;
    }
    for (const key of Object.keys(v)) {
      const p = `${path}${pointer([key])}`;
      if (FORBIDDEN_KEYS.has(key)) errors.push({ path: p, message: `Forbidden key "${key}".` });
      else stack.push({ v: (v as Record<string, unknown>)[key], path: p, depth: depth + 1 });
    }
  }
  return errors;
}

interface Spec<T> {
  readonly format: string;
  readonly version: number;
  readonly noun: string;
  readonly migrations: readonly Migration[];
  readonly schema: z.ZodType<T>;
}

type Outcome<T> = { ok: true; value: T; migratedFrom?: number; migrations?: readonly string[] } | { ok: false; errors: ImportError[] };

function parseDocument<T>(text: unknown, options: ParseOptions, spec: Spec<T>): Outcome<T> {
  try {
    const parsed = safeJsonParse(text, options.maxBytes);
    if (!parsed.ok) return parsed;
    const doc = parsed.value;
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, errors: [{ path: '', message: `Not an Airlock ${spec.noun}: expected a JSON object.` }] };
    const obj = doc as JsonObject;
    if (obj['format'] !== spec.format) {
      return { ok: false, errors: [{ path: '/format', message: `Not an Airlock ${spec.noun}: "format" must be "${spec.format}".` }] };
    }
    const v = obj['formatVersion'];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      return { ok: false, errors: [{ path: '/formatVersion', message: 'formatVersion must be a whole number.' }] };
    }
    if (v > spec.version) {
      return {
        ok: false,
        errors: [{ path: '/formatVersion', message: `This ${spec.noun} was written by a newer version of Airlock (format version ${v}); this version reads up to ${spec.version}. Update Airlock to import it.` }],
      };
    }
    let current: JsonObject = obj;
    let applied: readonly string[] = [];
    if (v < spec.version) {
      const m = migrate(obj, v, spec.version, spec.migrations);
      if (!m.ok) return { ok: false, errors: [{ path: '/formatVersion', message: m.message }] };
      current = m.doc;
      applied = m.applied;
    }
    const result = spec.schema.safeParse(current);
    if (!result.success) {
      const issues = result.error.issues;
      const errors = issues.slice(0, MAX_ERRORS).map((i) => ({ path: pointer(i.path), message: i.message }));
      if (issues.length > MAX_ERRORS) errors.push({ path: '', message: `…and ${issues.length - MAX_ERRORS} more problems.` });
      return { ok: false, errors };
    }
    return v < spec.version ? { ok: true, value: result.data, migratedFrom: v, migrations: applied } : { ok: true, value: result.data };
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `The ${spec.noun} could not be read (${e instanceof Error ? e.message : 'unknown error'}).` }] };
  }
}

/** Reads a review bundle (see types.ts). Never throws. */
export function parseBundle(text: string, options: ParseOptions): BundleParseResult {
  const r = parseDocument<ReviewBundle>(text, options, {
    format: BUNDLE_FORMAT,
    version: BUNDLE_FORMAT_VERSION,
    noun: 'review bundle',
    migrations: BUNDLE_MIGRATIONS,
    schema: reviewBundleSchema,
  });
  if (!r.ok) return r;
  return { ok: true, bundle: r.value, ...(r.migratedFrom !== undefined ? { migratedFrom: r.migratedFrom, migrations: r.migrations ?? [] } : {}) };
}

/** Reads a backup (see types.ts). Never throws. */
export function parseBackup(text: string, options: ParseOptions): BackupParseResult {
  const r = parseDocument<Backup>(text, options, {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    noun: 'backup',
    migrations: BACKUP_MIGRATIONS,
    schema: backupSchema,
  });
  if (!r.ok) return r;
  return { ok: true, backup: r.value, ...(r.migratedFrom !== undefined ? { migratedFrom: r.migratedFrom, migrations: r.migrations ?? [] } : {}) };
}
