// The reviews repository: each change writes the review and its audit entry together, or neither.
import { describe, expect, it } from 'vitest';
import type { ChangeContext } from '../../../../shared/review/changes';
import { AppDb } from '../../../../renderer/db/app-db';
import { createReviewsRepo } from '../../../../renderer/db/reviews-repo';

function setup() {
  const db = new AppDb(`repo-${crypto.randomUUID()}`);
  return { db, repo: createReviewsRepo(db) };
}

function ctx(ids: string[], actor = 'Tester'): ChangeContext {
  let n = 0;
  return { now: '2026-02-01T10:00:00.000Z', actor, newId: () => ids.shift() ?? `id-${n++}` };
}

describe('reviews repository', () => {
  it('writes nothing when the audit entry cannot be stored during create', async () => {
    const { db, repo } = setup();
    // An audit entry with the id the next entry will get: the second write in the transaction fails.
    await db.audit.add({ id: 'taken', reviewId: 'other', at: 'x', actor: 'x', revision: 1, action: 'create', change: { type: 'create', title: 'x', vendorName: '', productName: '' } });
    await expect(repo.create({ title: 'Half written?', vendorName: '', productName: '' }, ctx(['r1', 'taken']))).rejects.toThrow();
    expect(await db.reviews.get('r1')).toBeUndefined();
    expect(await db.audit.count()).toBe(1);
  });

  it('leaves the review unchanged when the audit entry of a change cannot be stored', async () => {
    const { db, repo } = setup();
    await repo.create({ title: 'Before', vendorName: 'V', productName: 'P' }, ctx(['r1', 'a1']));
    await expect(repo.change('r1', { type: 'rename', title: 'After' }, ctx(['a1']))).rejects.toThrow();
    expect(await db.reviews.get('r1')).toMatchObject({ title: 'Before', revision: 1 });
    expect(await repo.auditOf('r1')).toHaveLength(1);
  });

  it('refuses a change that applyChange refuses and stores nothing', async () => {
    const { db, repo } = setup();
    await repo.create({ title: 'Named', vendorName: '', productName: '' }, ctx(['r1', 'a1']));
    await expect(repo.change('r1', { type: 'rename', title: '   ' }, ctx(['a2']))).rejects.toThrow('A review needs a title.');
    expect(await db.reviews.get('r1')).toMatchObject({ title: 'Named', revision: 1 });
    expect(await db.audit.count()).toBe(1);
  });

  it('keeps the trail in revision order with the actor of each change', async () => {
    const { repo } = setup();
    await repo.create({ title: 'T', vendorName: '', productName: '' }, ctx(['r1', 'a1'], 'Ana'));
    await repo.change('r1', { type: 'archive' }, ctx(['a2'], 'Ben'));
    await repo.change('r1', { type: 'unarchive' }, ctx(['a3'], 'Ana'));
    expect((await repo.auditOf('r1')).map((a) => [a.revision, a.action, a.actor])).toEqual([
      [1, 'create', 'Ana'],
      [2, 'archive', 'Ben'],
      [3, 'unarchive', 'Ana'],
    ]);
  });

  it('delete moves the review and its trail to the bin; restore brings both back', async () => {
    const { db, repo } = setup();
    await repo.create({ title: 'T', vendorName: 'V', productName: 'P' }, ctx(['r1', 'a1']));
    await repo.change('r1', { type: 'set-answer', field: 'product.name', value: 'X' }, ctx(['a2']));
    const original = await repo.get('r1');
    const deleted = await repo.delete('r1', ctx(['a3', 'bin-1']));
    expect(deleted).toEqual({ id: 'r1', title: 'T', binId: 'bin-1' });
    expect(await repo.list()).toEqual([]);
    expect(await db.audit.count()).toBe(0);
    expect(await db.bin.get('bin-1')).toMatchObject({ reviewId: 'r1', audit: [{ action: 'create' }, { action: 'set-answer' }, { action: 'delete' }] });

    const restored = await repo.restore('r1', ctx(['a4']));
    expect(restored).toMatchObject({ ...original, revision: 4, updatedAt: '2026-02-01T10:00:00.000Z' });
    expect((await repo.auditOf('r1')).map((a) => a.action)).toEqual(['create', 'set-answer', 'delete', 'restore']);
    expect(await db.bin.count()).toBe(0);
  });

  it('refuses storage changes through change(): they have their own calls', async () => {
    const { repo } = setup();
    await repo.create({ title: 'T', vendorName: '', productName: '' }, ctx(['r1', 'a1']));
    await expect(repo.change('r1', { type: 'delete' }, ctx(['a2']))).rejects.toThrow();
  });
});
