// Opening a database a v1 build wrote: the v2 upgrade keeps every record of every table, gives each bin entry its
// review id (the key it had), and afterwards a review that is in the bin can be restored, and deleted again without
// overwriting its earlier bin entry.
import { Dexie } from 'dexie';
import { expect, it } from 'vitest';
import type { AuditEntry, Review } from '../../../../shared/review/types';
import { AppDb, V1_STORES } from '../../../../renderer/db/app-db';
import { createEvidenceRepo } from '../../../../renderer/db/evidence-repo';
import { createReviewsRepo } from '../../../../renderer/db/reviews-repo';
import { ctx } from './support';

const T = '2026-01-10T08:00:00.000Z';

function review(id: string, title: string, revision: number): Review {
  return { id, createdAt: T, updatedAt: T, archivedAt: null, title, vendorName: 'V', productName: 'P', profile: { vendor: { hq_jurisdiction: 'US' } }, decisions: {}, catalogueVersion: null, revision };
}

function entry(id: string, reviewId: string, revision: number, action: AuditEntry['action']): AuditEntry {
  const change = action === 'create' ? { type: 'create' as const, title: 'x', vendorName: '', productName: '' } : action === 'delete' ? { type: 'delete' as const } : { type: 'archive' as const };
  return { id, reviewId, at: T, actor: 'Ann', revision, action, change };
}

it('v1 → v2 keeps every record, and bin entries work the new way afterwards', async () => {
  const name = `upgrade-${crypto.randomUUID()}`;
  // A database exactly as the v1 build created it, with data in every table.
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  const live = review('r-live', 'Live review', 2);
  const gone = [review('r-gone-1', 'Deleted once', 3), review('r-gone-2', 'Deleted too', 2)];
  const liveTrail = [entry('a1', 'r-live', 1, 'create'), entry('a2', 'r-live', 2, 'archive')];
  const bin = gone.map((r) => ({ id: r.id, deletedAt: T, review: r, audit: [entry(`${r.id}-c`, r.id, 1, 'create'), entry(`${r.id}-d`, r.id, r.revision, 'delete')] }));
  await v1.table('reviews').add(live);
  await v1.table('audit').bulkAdd(liveTrail);
  await v1.table('bin').bulkAdd(bin);
  await v1.table('settings').bulkAdd([
    { key: 'reviewerName', value: 'Ann' },
    { key: 'theme', value: 'dark' },
  ]);
  v1.close();

  const db = new AppDb(name);
  await db.open();
  expect(db.verno).toBe(2);
  expect(await db.reviews.toArray()).toEqual([live]);
  expect((await db.audit.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(liveTrail);
  expect((await db.bin.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(bin.map((b) => ({ ...b, reviewId: b.review.id })));
  expect(await db.settings.count()).toBe(2);
  expect(await db.evidence.count()).toBe(0);
  expect(await db.bin.where('reviewId').equals('r-gone-1').count()).toBe(1);

  // The migrated entry restores, and the review then carries on like any other.
  const reviews = createReviewsRepo(db);
  const back = await reviews.restore('r-gone-1', ctx());
  expect(back).toMatchObject({ title: 'Deleted once', revision: 4 });
  expect((await reviews.auditOf('r-gone-1')).map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  await createEvidenceRepo(db).attach('r-gone-1', { name: 'proof.txt', bytes: new TextEncoder().encode('proof') }, ctx());
  await reviews.delete('r-gone-1', ctx());
  await reviews.delete('r-live', ctx());
  expect(await db.bin.count()).toBe(3);
  expect((await db.bin.where('reviewId').equals('r-gone-1').first())?.evidence?.map((e) => e.name)).toEqual(['proof.txt']);
  db.close();
});
