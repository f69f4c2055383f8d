/**
 * Export/import suite (issue 5): 1,000 realistic reviews (random valid profiles from the shared arbitraries, with
 * notes, mitigation decisions, a severity override, the audit trail of every answer, a few deleted ones in the bin
 * and the settings) in Dexie on fake-indexeddb. It measures
 * - export: the app's full-database backup (one read transaction, Backup document, schema-checked JSON, file write)
 *   against a plain `toArray` of every table + `JSON.stringify` + the same write (target ≤ 1.5×);
 * - import: the app's restore (safe parse with prototype-key refusal, migrations check, strict schema validation,
 *   then clear + bulkAdd of every table in one transaction) against a raw `bulkPut` of the same records in one
 *   transaction (target ≤ 2×).
 * Cases run interleaved in rounds; medians of CPU time; PASS/MISS lines are information, never assertions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { RULES } from '../../../shared/catalogue/index';
import { parseBackup } from '../../../shared/bundle/parse';
import { toBackupJson } from '../../../shared/report/json';
import { applyChange, createReview, type ChangeContext } from '../../../shared/review/changes';
import type { AuditEntry, Review, ReviewChange } from '../../../shared/review/types';
import { profileArb } from '../../unit/shared/arbitraries';
import { formatResults, median, targetLine, type BenchCase, type BenchSuite, type CaseResult } from '../harness';

/** Reviews in the database; BENCH_REVIEWS=n for a quicker or longer run with the same seed. */
export const EXPORT_IMPORT_REVIEWS = Number(process.env['BENCH_REVIEWS'] ?? 1_000);
export const EXPORT_IMPORT_SEED = 20_261_105;
const ROUNDS = 5;
const BIN_EVERY = 50;

interface AsyncCase extends Omit<BenchCase, 'run'> {
  readonly run: () => Promise<unknown>;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The harness's interleaved rounds (round r starts at case r mod n), for async cases. */
async function runInterleavedAsync(cases: readonly AsyncCase[], baseline: string, rounds: number, warmup = 1): Promise<CaseResult[]> {
  const wall = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  const cpu = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(round + k) % cases.length];
      if (c === undefined) continue;
      const c0 = cpuMs();
      const w0 = performance.now();
      await c.run();
      const w = performance.now() - w0;
      const u = cpuMs() - c0;
      if (round < warmup) continue;
      wall.get(c.name)?.push(w);
      cpu.get(c.name)?.push(u);
    }
  }
  const base = median(cpu.get(baseline) ?? []);
  return cases.map((c) => {
    const w = wall.get(c.name) ?? [];
    const u = cpu.get(c.name) ?? [];
    return {
      name: c.name,
      samplesMs: w,
      medianMs: median(w),
      minMs: Math.min(...w),
      maxMs: Math.max(...w),
      cpuSamplesMs: u,
      medianCpuMs: median(u),
      ratio: median(u) / base,
      ...(c.items !== undefined ? { perSecond: (c.items * 1000) / median(u) } : {}),
    };
  });
}

/** A review as a user builds it: create, one audit entry per answer, then notes, mitigation decisions, an override. */
function realisticReview(i: number, profile: Record<string, Record<string, unknown>>, rng: () => number): { review: Review; audit: AuditEntry[] } {
  let n = 0;
  const t0 = Date.UTC(2026, 0, 1) + i * 3_600_000;
  const ctx = (): ChangeContext => ({ now: new Date(t0 + n * 60_000).toISOString(), actor: i % 3 === 0 ? 'Zhang San' : 'Ann Reviewer', newId: () => `r${i}-e${n++}` });
  const first = createReview({ type: 'create', title: `Review ${i}: vendor product in China`, vendorName: `Vendor ${i % 97}`, productName: `Product ${i}` }, ctx());
  let review = first.review;
  const audit: AuditEntry[] = [first.audit];
  const apply = (change: ReviewChange) => {
    const next = applyChange(review, change, ctx());
    review = next.review;
    audit.push(next.audit);
  };
  for (const [section, fields] of Object.entries(profile)) {
    apply({ type: 'set-section', section, included: true });
    for (const [field, value] of Object.entries(fields)) apply({ type: 'set-answer', field: `${section}.${field}`, value });
  }
  const rules = RULES.filter(() => rng() < 0.15);
  for (const rule of rules) {
    apply({ type: 'set-note', ruleId: rule.id, note: `Discussed ${rule.id} with the vendor; follow-up requested on the evidence for this point.` });
    const code = rule.mitigations[0];
    if (code) apply({ type: 'set-mitigation', ruleId: rule.id, code, status: rng() < 0.5 ? 'agreed' : 'implemented', note: 'Contract clause 12.3' });
  }
  if (rules[0]) apply({ type: 'override-severity', ruleId: rules[0].id, severity: 'high', justification: 'Customer confirmed the deployment is internet-facing.' });
  apply({ type: 'stamp-catalogue', catalogueVersion: '2026.11.0' });
  return { review, audit };
}

export interface Records {
  readonly reviews: Review[];
  readonly audit: AuditEntry[];
  readonly bin: { id: string; reviewId: string; deletedAt: string; review: Review; audit: AuditEntry[] }[];
  readonly settings: { key: string; value: unknown }[];
}

export function sampleRecords(count: number): Records {
  const profiles = fc.sample(profileArb(), { numRuns: count, seed: EXPORT_IMPORT_SEED }) as Record<string, Record<string, unknown>>[];
  let state = EXPORT_IMPORT_SEED;
  const rng = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const out: Records = { reviews: [], audit: [], bin: [], settings: [{ key: 'reviewerName', value: 'Ann Reviewer' }, { key: 'theme', value: 'system' }, { key: 'language', value: null }] };
  profiles.forEach((p, i) => {
    const { review, audit } = realisticReview(i, p, rng);
    if (i % BIN_EVERY === BIN_EVERY - 1) out.bin.push({ id: review.id, reviewId: review.id, deletedAt: review.updatedAt, review, audit });
    else {
      out.reviews.push(review);
      out.audit.push(...audit);
    }
  });
  return out;
}

export const exportImportSuite: BenchSuite = {
  name: 'export-import',
  description: `full-database backup and restore of ${EXPORT_IMPORT_REVIEWS.toLocaleString('en-US')} reviews (Dexie on fake-indexeddb, seed ${EXPORT_IMPORT_SEED})`,
  run: async ({ log }) => {
    // IndexedDB for Node, installed only when this suite runs (Dexie looks for the globals).
    const fake = await import('fake-indexeddb');
    Object.assign(globalThis, { indexedDB: fake.indexedDB, IDBKeyRange: fake.IDBKeyRange });
    const { AppDb } = await import('../../../renderer/db/app-db');
    const { createBackupRepo } = await import('../../../renderer/db/backup-repo');

    const records = sampleRecords(EXPORT_IMPORT_REVIEWS);
    const db = new AppDb(`bench-${Date.now()}`);
    const tables = [db.reviews, db.audit, db.bin, db.settings];
    const putAll = () =>
      db.transaction('rw', tables, () =>
        Promise.all([db.reviews.bulkPut(records.reviews), db.audit.bulkPut(records.audit), db.bin.bulkPut(records.bin), db.settings.bulkPut(records.settings)]),
      );
    await putAll();
    const repo = createBackupRepo(db);
    const dir = mkdtempSync(join(tmpdir(), 'airlock-bench-'));
    const file = join(dir, 'backup.json');
    const meta = { exportedAt: '2026-11-05T00:00:00.000Z', appVersion: '0.1.0' };
    const text = toBackupJson(await repo.backup(meta));
    log(
      `database: ${records.reviews.length} reviews, ${records.audit.length.toLocaleString('en-US')} audit entries, ${records.bin.length} in the bin; backup file ${(text.length / 1024 / 1024).toFixed(1)} MB`,
    );
    try {
      const exportResults = await runInterleavedAsync(
        [
          {
            name: 'toArray+stringify',
            items: records.reviews.length,
            run: async () => {
              const [reviews, audit, bin, settings] = await db.transaction('r', tables, () => Promise.all([db.reviews.toArray(), db.audit.toArray(), db.bin.toArray(), db.settings.toArray()]));
              const json = JSON.stringify({ reviews, audit, bin, settings });
              writeFileSync(file, json);
              return json.length;
            },
          },
          {
            name: 'backup export',
            items: records.reviews.length,
            run: async () => {
              const json = toBackupJson(await repo.backup(meta));
              writeFileSync(file, json);
              return json.length;
            },
          },
        ],
        'toArray+stringify',
        ROUNDS,
      );
      log('');
      log('export');
      log(formatResults(exportResults, 'toArray+stringify'));

      const importResults = await runInterleavedAsync(
        [
          { name: 'bulkPut', items: records.reviews.length, run: putAll },
          {
            name: 'restore',
            items: records.reviews.length,
            run: async () => {
              const parsed = parseBackup(text, { maxBytes: 500 * 1024 * 1024 });
              if (!parsed.ok) throw new Error(`bench backup does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
              return repo.restore(parsed.backup);
            },
          },
        ],
        'bulkPut',
        ROUNDS,
      );
      log('');
      log('import');
      log(formatResults(importResults, 'bulkPut'));

      const exp = exportResults.find((r) => r.name === 'backup export');
      const imp = importResults.find((r) => r.name === 'restore');
      log('');
      if (exp) log(targetLine('backup export ÷ toArray+stringify+write (CPU time)', exp.ratio, '<=', 1.5, '×'));
      if (imp) log(targetLine('restore (parse+validate+write) ÷ raw bulkPut (CPU time)', imp.ratio, '<=', 2, '×'));
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
