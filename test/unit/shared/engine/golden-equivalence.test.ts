/**
 * Golden equivalence: `assess()` on a fixed sample (300 random valid profiles from a fixed seed, plus the four
 * fixture profiles) must give exactly the assessments recorded in test/fixtures/golden/assessments.json. It is the
 * safety net for changes to how the engine computes (e.g. performance work), which must never change what it
 * computes.
 *
 * The fixture keeps the repository small: per profile, one short line per part of the assessment (MLPS, scores,
 * the fixed parts, each finding), readable where it matters (rule, outcome, severity, confidence, score values) and
 * with a hash of the full content (sorted-key JSON) of that part. A mismatch prints the profile and the lines that
 * differ.
 *
 * When a change is meant to change assessments (a rule or the catalogue changes, the engine version is bumped),
 * regenerate the fixture and review its diff:
 *   UPDATE_GOLDEN=1 npx vitest run test/unit/shared/engine/golden-equivalence.test.ts
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../../shared/engine/assess';
import type { Assessment, Finding } from '../../../../shared/engine/assessment';
import { validateProfile } from '../../../../shared/profile/validate';
import { fullProfileArb, profileArb } from '../arbitraries';

const GOLDEN_DIR = fileURLToPath(new URL('../../../fixtures/golden/', import.meta.url));
const GOLDEN_FILE = `${GOLDEN_DIR}assessments.json`;
const FIXTURE_DIR = fileURLToPath(new URL('../../../fixtures/profiles/', import.meta.url));
const SEED = 20_260_417;
const RANDOM_PROFILES = 300;
/** Generous: the sample takes a few seconds on a shared machine. */
const TIMEOUT = 120_000;

interface GoldenEntry {
  readonly name: string;
  /** Hash of the raw profile: a different value means the sample changed (regenerate), not the engine. */
  readonly input: string;
  readonly lines: readonly string[];
}

interface GoldenFile {
  readonly about: string;
  readonly seed: number;
  readonly entries: readonly GoldenEntry[];
}

/** The sample: sparse, all-sections-with-unknowns-and-overrides, and fully answered profiles, as the bench uses. */
function sample(): { name: string; raw: unknown }[] {
  const arb = fc.oneof(profileArb(), profileArb({ allSections: true, overrides: true }), fullProfileArb());
  const random = fc.sample(arb, { numRuns: RANDOM_PROFILES, seed: SEED }).map((raw, i) => ({ name: `random-${i}`, raw: raw }));
  const fixtures = readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: f, raw: parse(readFileSync(FIXTURE_DIR + f, 'utf8'), { version: '1.2' }) as unknown }));
  return [...random, ...fixtures];
}

/** JSON with object keys sorted, so the hash does not depend on property order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function hash(v: unknown): string {
  return createHash('sha256').update(canonical(v)).digest('hex').slice(0, 8);
}

function findingLine(f: Finding): string {
  const { trace, ...rest } = f;
  return `${f.ruleId} ${f.outcome} ${f.severity ?? '-'} ${f.confidence} t#${hash(trace)} #${hash(rest)}`;
}

/** The lines recorded for one assessment. */
function linesOf(a: Assessment): string[] {
  const { mlps, mlpsNotApplicable, findings, scores, ...fixed } = a;
  const levels = mlps === null ? 'n/a' : `${mlps.levelMin}-${mlps.levelMax}`;
  const byKind = Object.entries(scores.byExposure).map(([k, n]) => `${k}=${n}`).join(' ');
  return [
    `mlps ${levels} #${hash({ mlps, mlpsNotApplicable })}`,
    `scores sourceCode=${scores.sourceCode} inspection=${scores.inspection} ${byKind}`,
    `fixed #${hash(fixed)}`,
    ...findings.map(findingLine),
  ];
}

function compute(): GoldenEntry[] {
  return sample().map(({ name, raw }) => {
    const v = validateProfile(raw);
    if (!v.ok) throw new Error(`${name} is not valid: ${v.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    return { name, input: hash(raw), lines: linesOf(assess(v.profile)) };
  });
}

/** The lines only in `want` (-) and only in `got` (+), in order. */
function lineDiff(want: readonly string[], got: readonly string[]): string[] {
  return [...want.filter((l) => !got.includes(l)).map((l) => `- ${l}`), ...got.filter((l) => !want.includes(l)).map((l) => `+ ${l}`)];
}

describe('golden equivalence of assess()', () => {
  it('gives the recorded assessment for every sampled profile', () => {
    const entries = compute();
    if (process.env['UPDATE_GOLDEN'] === '1') {
      const file: GoldenFile = {
        about: 'Golden assessments for test/unit/shared/engine/golden-equivalence.test.ts; regenerate with UPDATE_GOLDEN=1 only when assessments are meant to change.',
        seed: SEED,
        entries,
      };
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(GOLDEN_FILE, `${JSON.stringify(file, null, 1)}\n`);
      return;
    }
    const golden = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as GoldenFile;
    expect(golden.seed).toBe(SEED);
    expect(entries.map((e) => e.name)).toEqual(golden.entries.map((e) => e.name));
    const samples = new Map(sample().map((s) => [s.name, s.raw]));
    const changedInputs = entries.filter((e, i) => e.input !== golden.entries[i]?.input).map((e) => e.name);
    expect(changedInputs, 'the sampled profiles changed (arbitraries or fixtures): regenerate with UPDATE_GOLDEN=1').toEqual([]);
    const mismatches = entries.flatMap((e, i) => {
      const want = golden.entries[i]?.lines ?? [];
      if (want.length === e.lines.length && want.every((l, k) => l === e.lines[k])) return [];
      const diff = lineDiff(want, e.lines);
      return [{ name: e.name, profile: JSON.stringify(samples.get(e.name)), diff: diff.length > 0 ? diff : ['(same lines, different order)'] }];
    });
    if (mismatches.length > 0) {
      const shown = mismatches.slice(0, 5).map((m) => [`${m.name}: ${m.profile}`, ...m.diff.map((l) => `  ${l}`)].join('\n'));
      throw new Error(`${mismatches.length} of ${entries.length} assessments differ from the golden ones (first ${shown.length}):\n${shown.join('\n')}`);
    }
  }, TIMEOUT);
});
