// Helpers of the repository tests: a change context with predictable ids, a review with evidence, the bundle of a
// stored review, and the whole database's state with evidence files joined to their rows (file ids are random, so two
// databases with the same contents compare equal).
import type { BundleEvidence, ReviewBundle } from '../../../../shared/bundle/types';
import { assess } from '../../../../shared/engine/assess';
import { validateProfile } from '../../../../shared/profile/validate';
import { buildBundle } from '../../../../shared/report/json';
import type { ChangeContext } from '../../../../shared/review/changes';
import { AppDb, type EvidenceRecord } from '../../../../renderer/db/app-db';
import { createBundleRepo } from '../../../../renderer/db/bundle-repo';
import { createEvidenceRepo } from '../../../../renderer/db/evidence-repo';
import { createReviewsRepo } from '../../../../renderer/db/reviews-repo';

let seq = 0;
export function ctx(actor = 'Tester', now = '2026-02-01T10:00:00.000Z'): ChangeContext {
  return { now, actor, newId: () => `id-${++seq}` };
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** SHA-256 of "hello". */
export const HELLO_SHA = '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';

export function newDb(prefix: string): AppDb {
  return new AppDb(`${prefix}-${crypto.randomUUID()}`);
}

/** A database with one review ("Acme CRM", answered, with a note) carrying two evidence files, and one deleted review. */
export async function seededWithEvidence(prefix = 'ev') {
  const db = newDb(prefix);
  const reviews = createReviewsRepo(db);
  const evidence = createEvidenceRepo(db);
  const r = await reviews.create({ title: 'Acme CRM', vendorName: 'Acme', productName: 'CRM' }, ctx());
  await reviews.change(r.id, { type: 'set-answer', field: 'vendor.hq_jurisdiction', value: 'US' }, ctx());
  await reviews.change(r.id, { type: 'set-note', ruleId: 'SC-01', note: 'call the vendor' }, ctx());
  const a = await evidence.attach(r.id, { name: 'hello.txt', bytes: utf8('hello'), note: 'first file' }, ctx('Tester', '2026-02-01T10:01:00.000Z'));
  const b = await evidence.attach(r.id, { name: 'contract.pdf', bytes: new Uint8Array([0, 1, 2, 250, 255]), ruleIds: ['SC-01'] }, ctx('Tester', '2026-02-01T10:02:00.000Z'));
  const other = await reviews.create({ title: 'Other', vendorName: '', productName: '' }, ctx());
  await evidence.attach(other.id, { name: 'other.txt', bytes: utf8('other review') }, ctx());
  await reviews.delete(other.id, ctx());
  await db.settings.put({ key: 'reviewerName', value: 'Ann' });
  return { db, reviews, evidence, bundles: createBundleRepo(db), id: r.id, otherId: other.id, items: [a.evidence, b.evidence] };
}

/** The bundle of a stored review, as the export writes it; with the files' contents when `contents`. */
export async function bundleOf(db: AppDb, id: string, contents = false): Promise<ReviewBundle> {
  const source = await createBundleRepo(db).sourceOf(id, { contents });
  if (!source) throw new Error('no source');
  const v = validateProfile(source.review.profile);
  if (!v.ok) throw new Error('invalid profile');
  return buildBundle({ review: source.review, assessment: assess(v.profile), audit: source.audit, evidence: source.evidence, exportedAt: '2026-02-02T00:00:00.000Z', appVersion: '0.1.0' });
}

/** Replaces an evidence item of a bundle. */
export function withEvidence(bundle: ReviewBundle, index: number, patch: Partial<BundleEvidence>): ReviewBundle {
  return { ...bundle, evidence: bundle.evidence.map((e, i) => (i === index ? { ...e, ...patch } : e)) };
}

type Joined = Omit<EvidenceRecord, 'fileId'> & { readonly file: number[] | null };

/** Every table, sorted by key, with each evidence row's file contents in place of its file id. */
export async function dumpAll(db: AppDb) {
  const files = new Map((await db.evidenceFiles.toArray()).map((f) => [f.id, [...f.bytes]]));
  const join = (rows: readonly EvidenceRecord[]): Joined[] =>
    [...rows].sort((a, b) => a.id.localeCompare(b.id)).map(({ fileId, ...rest }) => ({ ...rest, file: fileId ? (files.get(fileId) ?? null) : null }));
  const byKey = <T extends { id?: string; key?: string }>(rows: T[]) => rows.sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
  return {
    reviews: byKey(await db.reviews.toArray()),
    audit: byKey(await db.audit.toArray()),
    bin: byKey(await db.bin.toArray()).map(({ evidence, ...rest }) => ({ ...rest, evidence: join(evidence ?? []) })),
    settings: byKey(await db.settings.toArray()),
    evidence: join(await db.evidence.toArray()),
    /** Files no row (live or in the bin) points at: should stay empty. */
    orphanFiles: await orphanFiles(db),
  };
}

/** Ids of stored files that no evidence row, live or in the bin, refers to. */
export async function orphanFiles(db: AppDb): Promise<string[]> {
  const used = new Set<string>();
  for (const r of await db.evidence.toArray()) if (r.fileId) used.add(r.fileId);
  for (const b of await db.bin.toArray()) for (const r of b.evidence ?? []) if (r.fileId) used.add(r.fileId);
  return (await db.evidenceFiles.toArray()).map((f) => f.id).filter((id) => !used.has(id));
}
