/**
 * The storage side of deleting and restoring a review, shared by reviews-repo (delete, restore) and bundle-repo
 * (import with mode `replace`). Every bin entry has its own id, so deleting a review that was deleted before (and came
 * back through an import) adds a second entry instead of overwriting the first. Both functions must run inside a
 * read-write transaction over `binTables(db)`; they only touch IndexedDB, so the transaction stays alive.
 */
import { applyChange, ReviewChangeError, type ChangeContext } from '../../shared/review/changes';
import type { AuditEntry, Review } from '../../shared/review/types';
import type { AppDb, BinEntry } from './app-db';

/** The tables a move to or from the bin writes (evidence files stay where they are: only their rows move). */
export const binTables = (db: AppDb) => [db.reviews, db.audit, db.bin, db.evidence];

/** A review's audit trail, oldest first. */
export const trailOf = (db: AppDb, reviewId: string): Promise<AuditEntry[]> =>
  db.audit.where('[reviewId+revision]').between([reviewId, -Infinity], [reviewId, Infinity]).toArray();

/** Records the deletion and moves the review, its trail and its evidence rows to a new bin entry. */
export async function moveToBin(db: AppDb, existing: Review, ctx: ChangeContext): Promise<BinEntry> {
  const { review, audit } = applyChange(existing, { type: 'delete' }, ctx);
  const trail = await trailOf(db, existing.id);
  const evidence = await db.evidence.where('reviewId').equals(existing.id).toArray();
  const entry: BinEntry = {
    id: ctx.newId(),
    reviewId: existing.id,
    deletedAt: ctx.now,
    review,
    audit: [...trail, audit],
    ...(evidence.length > 0 ? { evidence } : {}),
  };
  await db.bin.add(entry);
  await db.audit.bulkDelete(trail.map((e) => e.id));
  await db.evidence.bulkDelete(evidence.map((e) => e.id));
  await db.reviews.delete(existing.id);
  return entry;
}

/** The most recent bin entry of a review, or undefined. */
export async function latestBinEntryOf(db: AppDb, reviewId: string): Promise<BinEntry | undefined> {
  const entries = await db.bin.where('reviewId').equals(reviewId).sortBy('deletedAt');
  return entries.at(-1);
}

/**
 * Puts a bin entry back: the review (with a `restore` entry in its trail), its trail and its evidence. Refused,
 * with nothing written, when a review with the same id exists (it would be overwritten) or when any of its audit
 * entries or evidence ids are stored again for another review.
 */
export async function restoreFromBin(db: AppDb, entry: BinEntry, ctx: ChangeContext): Promise<Review> {
  const live = await db.reviews.get(entry.reviewId);
  if (live) {
    throw new ReviewChangeError(
      `A review with the same id ("${live.title}") exists, so this deleted version of "${entry.review.title}" cannot be restored over it. Delete that review first (it goes to the bin), then restore this version.`,
    );
  }
  const evidence = entry.evidence ?? [];
  const auditClash = (await db.audit.bulkGet(entry.audit.map((e) => e.id))).find((e) => e !== undefined);
  const evidenceClash = (await db.evidence.bulkGet(evidence.map((e) => e.id))).find((e) => e !== undefined);
  if (auditClash || evidenceClash) {
    throw new ReviewChangeError(
      `"${entry.review.title}" cannot be restored: ${auditClash ? `its audit entry ${auditClash.id}` : `its evidence ${evidenceClash?.id ?? ''}`} is stored again for another review.`,
    );
  }
  const { review, audit } = applyChange(entry.review, { type: 'restore' }, ctx);
  await db.reviews.add(review);
  await db.audit.bulkAdd([...entry.audit, audit]);
  await db.evidence.bulkAdd([...evidence]);
  await db.bin.delete(entry.id);
  return review;
}
