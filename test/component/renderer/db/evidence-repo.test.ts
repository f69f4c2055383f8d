// Evidence on the real Dexie schema (fake-indexeddb): attaching stores the file, its SHA-256, the review change and
// the audit entry together (or nothing); editing and removing are audited; deleting a review takes its evidence to
// the bin and restoring brings it back; a restore over a live review is refused.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES, EvidenceError } from '../../../../renderer/db/evidence-repo';
import { ctx, dumpAll, HELLO_SHA, newDb, orphanFiles, seededWithEvidence, utf8 } from './support';
import { createEvidenceRepo } from '../../../../renderer/db/evidence-repo';
import { createReviewsRepo } from '../../../../renderer/db/reviews-repo';
import { createBundleRepo } from '../../../../renderer/db/bundle-repo';
import { bundleOf } from './support';

async function oneReview() {
  const db = newDb('evidence');
  const reviews = createReviewsRepo(db);
  const evidence = createEvidenceRepo(db);
  const r = await reviews.create({ title: 'Acme CRM', vendorName: 'Acme', productName: 'CRM' }, ctx());
  return { db, reviews, evidence, id: r.id };
}

describe('evidence repository', () => {
  it('attach stores the file with its SHA-256, bumps the review and records the metadata (not the bytes) in the trail', async () => {
    const { db, reviews, evidence, id } = await oneReview();
    const { review, evidence: item } = await evidence.attach(id, { name: '  hello.txt ', bytes: utf8('hello'), note: 'from Acme' }, ctx('Bo', '2026-02-03T08:00:00.000Z'));
    expect(item).toMatchObject({ reviewId: id, name: 'hello.txt', sha256: HELLO_SHA, size: 5, addedAt: '2026-02-03T08:00:00.000Z', note: 'from Acme' });
    expect(review).toMatchObject({ revision: 2, updatedAt: '2026-02-03T08:00:00.000Z' });
    expect(await reviews.get(id)).toEqual(review);
    expect(await evidence.list(id)).toEqual([item]);
    expect(new TextDecoder().decode(await evidence.contents(item.id))).toBe('hello');
    const last = (await reviews.auditOf(id)).at(-1);
    expect(last).toMatchObject({ action: 'attach-evidence', actor: 'Bo', revision: 2 });
    expect(last?.change).toEqual({ type: 'attach-evidence', evidence: { id: item.id, name: 'hello.txt', sha256: HELLO_SHA, size: 5, addedAt: '2026-02-03T08:00:00.000Z', note: 'from Acme' } });
    expect(JSON.stringify(last)).not.toContain('aGVsbG8');
    expect(await db.evidenceFiles.count()).toBe(1);
  });

  it('lists oldest first and refuses the same file twice in one review, writing nothing', async () => {
    const { db, evidence, id } = await oneReview();
    await evidence.attach(id, { name: 'b.txt', bytes: utf8('two') }, ctx('T', '2026-02-03T09:00:00.000Z'));
    await evidence.attach(id, { name: 'a.txt', bytes: utf8('one') }, ctx('T', '2026-02-03T08:00:00.000Z'));
    expect((await evidence.list(id)).map((e) => e.name)).toEqual(['a.txt', 'b.txt']);
    const before = await dumpAll(db);
    const refused = evidence.attach(id, { name: 'copy of a.txt', bytes: utf8('one') }, ctx());
    await expect(refused).rejects.toBeInstanceOf(EvidenceError);
    await expect(refused).rejects.toMatchObject({ code: 'duplicate', itemName: 'a.txt' });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses a file over the limit before reading it, and an empty name', async () => {
    const { db, evidence, id } = await oneReview();
    await expect(evidence.attach(id, { name: 'huge.bin', bytes: new Uint8Array(EVIDENCE_MAX_BYTES + 1) }, ctx())).rejects.toMatchObject({ code: 'too-large', itemName: 'huge.bin' });
    await expect(evidence.attach(id, { name: '  ', bytes: utf8('x') }, ctx())).rejects.toMatchObject({ code: 'empty-name' });
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
  });

  it('a failure while storing the evidence row leaves review, trail and files as they were', async () => {
    const { db, evidence, id } = await oneReview();
    const before = await dumpAll(db);
    const files = await db.evidenceFiles.count();
    db.evidence.hook('creating', () => {
      throw new Error('injected failure');
    });
    await expect(evidence.attach(id, { name: 'x.txt', bytes: utf8('x') }, ctx())).rejects.toThrow('injected failure');
    expect(await dumpAll(db)).toEqual(before);
    expect(await db.evidenceFiles.count()).toBe(files);
  });

  it('edit changes the note and linked findings, audited; empty values clear them', async () => {
    const { reviews, evidence, id } = await oneReview();
    const { evidence: item } = await evidence.attach(id, { name: 'a.txt', bytes: utf8('a'), note: 'old' }, ctx());
    const edited = await evidence.edit(id, item.id, { note: 'checked with legal', ruleIds: ['SC-01', 'DA-02'] }, ctx('Cy'));
    expect(edited.evidence).toMatchObject({ note: 'checked with legal', ruleIds: ['SC-01', 'DA-02'], sha256: item.sha256, fileId: item.fileId });
    expect(edited.review.revision).toBe(3);
    const cleared = await evidence.edit(id, item.id, { note: '', ruleIds: [] }, ctx());
    expect(cleared.evidence).not.toHaveProperty('note');
    expect(cleared.evidence).not.toHaveProperty('ruleIds');
    expect((await reviews.auditOf(id)).slice(-2).map((a) => a.change)).toEqual([
      { type: 'edit-evidence', id: item.id, note: 'checked with legal', ruleIds: ['SC-01', 'DA-02'] },
      { type: 'edit-evidence', id: item.id, note: '', ruleIds: [] },
    ]);
    await expect(evidence.edit(id, item.id, { ruleIds: ['bad'] }, ctx())).rejects.toThrow(/rule id/);
    expect((await evidence.list(id))[0]).toEqual(cleared.evidence);
  });

  it('remove deletes the row and its file; the trail keeps the name and SHA-256', async () => {
    const { db, reviews, evidence, id } = await oneReview();
    const { evidence: item } = await evidence.attach(id, { name: 'hello.txt', bytes: utf8('hello') }, ctx());
    const review = await evidence.remove(id, item.id, ctx());
    expect(review.revision).toBe(3);
    expect(await evidence.list(id)).toEqual([]);
    expect(await db.evidenceFiles.count()).toBe(0);
    expect((await reviews.auditOf(id)).at(-1)?.change).toEqual({ type: 'remove-evidence', id: item.id, name: 'hello.txt', sha256: HELLO_SHA });
    await expect(evidence.remove(id, item.id, ctx())).rejects.toMatchObject({ code: 'missing' });
  });

  it('evidence changes cannot go through reviews.change()', async () => {
    const { reviews, id } = await oneReview();
    await expect(reviews.change(id, { type: 'remove-evidence', id: 'x', name: 'x', sha256: HELLO_SHA }, ctx())).rejects.toThrow(/own repository call/);
  });
});

describe('the bin with evidence', () => {
  it('delete moves the evidence with the review (files kept); restore brings all of it back', async () => {
    const { db, reviews, evidence, id, items } = await seededWithEvidence();
    const before = await dumpAll(db);
    const deleted = await reviews.delete(id, ctx());
    expect(await db.evidence.where('reviewId').equals(id).count()).toBe(0);
    const entry = await db.bin.get(deleted.binId);
    expect(entry?.evidence?.map((e) => e.name).sort()).toEqual(['contract.pdf', 'hello.txt']);
    expect(await orphanFiles(db)).toEqual([]);

    const restored = await reviews.restore(id, ctx());
    expect(restored.revision).toBe(before.reviews.find((r) => r.id === id)!.revision + 2);
    expect(await evidence.list(id)).toEqual([...items].sort((a, b) => a.addedAt.localeCompare(b.addedAt)));
    expect(new TextDecoder().decode(await evidence.contents(items[0]!.id))).toBe('hello');
    const after = await dumpAll(db);
    expect(after.evidence).toEqual(before.evidence);
    expect(after.bin).toEqual(before.bin);
  });

  it('restore picks the latest deletion, restoreEntry an older one; a live review with the same id is never overwritten', async () => {
    const { db, reviews, bundles, id } = await seededWithEvidence();
    const bundle = await bundleOf(db, id, true);
    const first = await reviews.delete(id, ctx('T', '2026-02-05T00:00:00.000Z'));
    await bundles.importBundles([{ bundle, mode: 'new', source: 'x' }], ctx());
    await reviews.change(id, { type: 'rename', title: 'Second life' }, ctx());
    const second = await reviews.delete(id, ctx('T', '2026-02-06T00:00:00.000Z'));
    expect(first.binId).not.toBe(second.binId);

    // Undo after the second delete: the second version comes back.
    expect((await reviews.restore(id, ctx())).title).toBe('Second life');
    // The first version cannot be restored over it: refused with a clear message, nothing changed.
    const before = await dumpAll(db);
    await expect(reviews.restoreEntry(first.binId, ctx())).rejects.toThrow(/A review with the same id \("Second life"\) exists.*Delete that review first/);
    expect(await dumpAll(db)).toEqual(before);
    // Once the live one is in the bin again, the first version can come back.
    await reviews.delete(id, ctx());
    expect((await reviews.restoreEntry(first.binId, ctx())).title).toBe('Acme CRM');
    expect((await createEvidenceRepo(db).list(id)).map((e) => e.name).sort()).toEqual(['contract.pdf', 'hello.txt']);
    expect(await db.bin.where('reviewId').equals(id).count()).toBe(1);
  });

  it('an injected failure while restoring leaves the bin entry and everything else as it was', async () => {
    const { db, reviews, id } = await seededWithEvidence();
    await reviews.delete(id, ctx());
    const before = await dumpAll(db);
    db.evidence.hook('creating', () => {
      throw new Error('injected failure');
    });
    await expect(reviews.restore(id, ctx())).rejects.toThrow('injected failure');
    expect(await dumpAll(db)).toEqual(before);
  });

  it('sourceOf lists evidence metadata, with contents only when asked', async () => {
    const { db, id } = await seededWithEvidence();
    const bundles = createBundleRepo(db);
    const plain = await bundles.sourceOf(id);
    expect(plain?.evidence.map((e) => e.name)).toEqual(['hello.txt', 'contract.pdf']);
    expect(plain?.evidence.every((e) => e.contentBase64 === undefined)).toBe(true);
    expect(Object.keys(plain?.evidence[0] ?? {})).not.toContain('fileId');
    const full = await bundles.sourceOf(id, { contents: true });
    expect(full?.evidence.map((e) => e.contentBase64)).toEqual(['aGVsbG8=', 'AAEC+v8=']);
  });
});
