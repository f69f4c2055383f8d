// Review bundles and backups against the real Dexie schema (fake-indexeddb): imports are recorded, copies get new
// ids, replacing keeps the old version in the bin, and every write is all-or-nothing — a failure in the middle of
// the transaction (injected with a Dexie hook) leaves every table exactly as it was. A backup restores deep-equal.
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../../shared/bundle/parse';
import type { ReviewBundle } from '../../../../shared/bundle/types';
import { assess } from '../../../../shared/engine/assess';
import { validateProfile } from '../../../../shared/profile/validate';
import { buildBundle, toBackupJson } from '../../../../shared/report/json';
import type { ChangeContext } from '../../../../shared/review/changes';
import { AppDb } from '../../../../renderer/db/app-db';
import { createBackupRepo } from '../../../../renderer/db/backup-repo';
import { BundleImportError, createBundleRepo } from '../../../../renderer/db/bundle-repo';
import { createReviewsRepo } from '../../../../renderer/db/reviews-repo';

let seq = 0;
function ctx(actor = 'Tester'): ChangeContext {
  return { now: '2026-02-01T10:00:00.000Z', actor, newId: () => `id-${++seq}` };
}

async function seeded() {
  const db = new AppDb(`bundle-${crypto.randomUUID()}`);
  const reviews = createReviewsRepo(db);
  const r = await reviews.create({ title: 'Acme CRM', vendorName: 'Acme', productName: 'CRM' }, ctx());
  await reviews.change(r.id, { type: 'set-answer', field: 'vendor.hq_jurisdiction', value: 'US' }, ctx());
  await reviews.change(r.id, { type: 'set-note', ruleId: 'SC-01', note: 'call the vendor' }, ctx());
  const other = await reviews.create({ title: 'Other', vendorName: '', productName: '' }, ctx());
  await reviews.delete(other.id, ctx());
  await db.settings.put({ key: 'reviewerName', value: 'Ann' });
  return { db, reviews, bundles: createBundleRepo(db), backups: createBackupRepo(db), id: r.id };
}

async function bundleOf(db: AppDb, id: string): Promise<ReviewBundle> {
  const source = await createBundleRepo(db).sourceOf(id);
  if (!source) throw new Error('no source');
  const v = validateProfile(source.review.profile);
  if (!v.ok) throw new Error('invalid profile');
  return buildBundle({ review: source.review, assessment: assess(v.profile), audit: source.audit, exportedAt: '2026-02-02T00:00:00.000Z', appVersion: '0.1.0' });
}

/** Every table, sorted by key: the whole database's state. */
async function dump(db: AppDb) {
  const byKey = <T extends { id?: string; key?: string }>(rows: T[]) => rows.sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
  return {
    reviews: byKey(await db.reviews.toArray()),
    audit: byKey(await db.audit.toArray()),
    bin: byKey(await db.bin.toArray()),
    settings: byKey(await db.settings.toArray()),
  };
}

/** Makes the n-th `creating` of an audit entry throw inside the transaction (after earlier writes succeeded). */
function failOnAuditCreate(db: AppDb, n: number): void {
  let count = 0;
  db.audit.hook('creating', () => {
    if (++count === n) throw new Error('injected failure');
  });
}

describe('bundle repository', () => {
  it('imports into another database with its trail and records the import', async () => {
    const { db, id } = await seeded();
    const bundle = await bundleOf(db, id);
    const target = new AppDb(`target-${crypto.randomUUID()}`);
    const [done] = await createBundleRepo(target).importBundles([{ bundle, mode: 'new', source: 'bundle file "a.json"' }], ctx('Bo'));
    expect(done?.review).toMatchObject({ id, title: 'Acme CRM', revision: bundle.review.revision + 1, decisions: { 'SC-01': { note: 'call the vendor' } } });
    const trail = await createReviewsRepo(target).auditOf(id);
    expect(trail.map((a) => a.action)).toEqual([...bundle.audit.map((a) => a.action), 'import']);
    expect(trail.at(-1)).toMatchObject({ actor: 'Bo', change: { type: 'import', source: 'bundle file "a.json"' } });
  });

  it('refuses "new" when the review exists, and changes nothing', async () => {
    const { db, id, bundles } = await seeded();
    const before = await dump(db);
    await expect(bundles.importBundles([{ bundle: await bundleOf(db, id), mode: 'new', source: 'x' }], ctx())).rejects.toBeInstanceOf(BundleImportError);
    expect(await dump(db)).toEqual(before);
  });

  it('imports a copy with a new id and its own trail', async () => {
    const { db, id, bundles } = await seeded();
    const [copy] = await bundles.importBundles([{ bundle: await bundleOf(db, id), mode: 'copy', source: 'x' }], ctx());
    expect(copy?.review.id).not.toBe(id);
    expect(copy?.review.title).toBe('Acme CRM (imported copy)');
    expect(await db.reviews.count()).toBe(2);
    const trail = await createReviewsRepo(db).auditOf(copy?.review.id ?? '');
    expect(trail.every((e) => e.reviewId === copy?.review.id)).toBe(true);
    expect((await createReviewsRepo(db).auditOf(id)).length).toBe(3);
  });

  it('replaces: the current version and its trail go to the bin', async () => {
    const { db, id, bundles, reviews } = await seeded();
    const bundle = await bundleOf(db, id);
    await reviews.change(id, { type: 'rename', title: 'Renamed locally' }, ctx());
    await bundles.importBundles([{ bundle, mode: 'replace', source: 'x' }], ctx());
    expect((await db.reviews.get(id))?.title).toBe('Acme CRM');
    const [binned, ...more] = await db.bin.where('reviewId').equals(id).toArray();
    expect(more).toEqual([]);
    expect(binned?.review.title).toBe('Renamed locally');
    expect(binned?.audit.map((a) => a.action)).toEqual(['create', 'set-answer', 'set-note', 'rename', 'delete']);
  });

  it('an injected failure mid-transaction leaves every table exactly as it was', async () => {
    const { db, id, bundles, reviews } = await seeded();
    const bundle = await bundleOf(db, id);
    await reviews.change(id, { type: 'rename', title: 'Local' }, ctx());
    const before = await dump(db);
    // Replace: the review moves to the bin, its trail is deleted, the bundle's review is added, then the last audit
    // entry (the import record) fails.
    failOnAuditCreate(db, bundle.audit.length + 1);
    await expect(bundles.importBundles([{ bundle, mode: 'replace', source: 'x' }], ctx())).rejects.toThrow('injected failure');
    expect(await dump(db)).toEqual(before);
  });

  it('a bundle whose trail clashes with stored entries is refused as a whole', async () => {
    const { db, id, bundles } = await seeded();
    const bundle = await bundleOf(db, id);
    const moved: ReviewBundle = { ...bundle, review: { ...bundle.review, id: 'elsewhere' }, audit: bundle.audit.map((a) => ({ ...a, reviewId: 'elsewhere' })) };
    const before = await dump(db);
    await expect(bundles.importBundles([{ bundle: moved, mode: 'new', source: 'x' }], ctx())).rejects.toThrow(/Import it as a copy/);
    expect(await dump(db)).toEqual(before);
  });
});

describe('the bin keeps every deleted version (regression: bin entries were keyed by the review id)', () => {
  it('delete, import the same review again, delete again: both deleted versions stay in the bin with their trails', async () => {
    const { db, id, bundles, reviews } = await seeded();
    const bundle = await bundleOf(db, id);
    await reviews.delete(id, ctx());
    await bundles.importBundles([{ bundle, mode: 'new', source: 'x' }], ctx());
    await reviews.change(id, { type: 'rename', title: 'Second life' }, ctx());
    await reviews.delete(id, ctx());
    const versions = await db.bin.toArray();
    const ofReview = versions.filter((b) => b.review.id === id);
    expect(ofReview.map((b) => b.review.title).sort()).toEqual(['Acme CRM', 'Second life']);
    expect(ofReview.find((b) => b.review.title === 'Acme CRM')?.audit.map((a) => a.action)).toEqual(['create', 'set-answer', 'set-note', 'delete']);
  });

  it('replacing the same review twice keeps both replaced versions', async () => {
    const { db, id, bundles, reviews } = await seeded();
    const bundle = await bundleOf(db, id);
    await reviews.change(id, { type: 'rename', title: 'Local one' }, ctx());
    await bundles.importBundles([{ bundle, mode: 'replace', source: 'x' }], ctx());
    await reviews.change(id, { type: 'rename', title: 'Local two' }, ctx());
    await bundles.importBundles([{ bundle, mode: 'replace', source: 'x' }], ctx());
    const titles = (await db.bin.toArray()).filter((b) => b.review.id === id).map((b) => b.review.title);
    expect(titles.sort()).toEqual(['Local one', 'Local two']);
  });
});

describe('backup repository', () => {
  it('backup → JSON → parse → restore into an empty database is deep-equal', async () => {
    const { db, backups } = await seeded();
    const text = toBackupJson(await backups.backup({ exportedAt: '2026-02-03T00:00:00.000Z', appVersion: '0.1.0' }));
    const parsed = parseBackup(text, { maxBytes: 10_000_000 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const target = new AppDb(`restore-${crypto.randomUUID()}`);
    await createReviewsRepo(target).create({ title: 'Replaced by the restore', vendorName: '', productName: '' }, ctx());
    const outcome = await createBackupRepo(target).restore(parsed.backup);
    expect(outcome).toMatchObject({ reviews: 1, bin: 1, settings: 1 });
    expect(await dump(target)).toEqual(await dump(db));
  });

  it('a failing record during restore leaves the database exactly as it was', async () => {
    const { backups } = await seeded();
    const backup = await backups.backup({ exportedAt: '2026-02-03T00:00:00.000Z', appVersion: '0.1.0' });
    const target = new AppDb(`restore-${crypto.randomUUID()}`);
    await createReviewsRepo(target).create({ title: 'Keep me', vendorName: '', productName: '' }, ctx());
    const before = await dump(target);
    failOnAuditCreate(target, 2);
    await expect(createBackupRepo(target).restore(backup)).rejects.toThrow();
    expect(await dump(target)).toEqual(before);
  });
});
