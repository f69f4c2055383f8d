/**
 * The only writer of reviews. Every change goes through `createReview` / `applyChange` (shared/review/changes.ts),
 * and the review and its audit entry are written in ONE transaction: both are stored, or neither.
 * Audit entries are append-only (`add`, never `put`). Deleting moves the review, its whole trail and its evidence to a
 * new bin entry (bin-store.ts), so `restore` can bring it back with its history; a review deleted twice has two entries.
 */
import { applyChange, createReview, ReviewChangeError, type ChangeContext } from '../../shared/review/changes';
import type { AuditEntry, ProfileAnswers, Review, ReviewChange } from '../../shared/review/types';
import type { AppDb } from './app-db';
import { binTables, latestBinEntryOf, moveToBin, restoreFromBin, trailOf } from './bin-store';

export interface NewReviewInput {
  readonly title: string;
  readonly vendorName: string;
  readonly productName: string;
  readonly profile?: ProfileAnswers;
}

/** What an undo of a deletion needs. */
export interface DeletedReview {
  readonly id: string;
  readonly title: string;
  /** The bin entry this deletion made (for `restoreEntry`). */
  readonly binId: string;
}

export interface ReviewsRepo {
  /** Every review that is not in the bin (archived ones included). */
  list: () => Promise<Review[]>;
  get: (id: string) => Promise<Review | undefined>;
  /** The review's audit trail, oldest first. */
  auditOf: (id: string) => Promise<AuditEntry[]>;
  create: (input: NewReviewInput, ctx: ChangeContext) => Promise<Review>;
  change: (id: string, change: ReviewChange, ctx: ChangeContext) => Promise<Review>;
  /** A copy with a new id and a "(copy)" title; its trail starts with `create` and `duplicate-of`. Evidence is not copied. */
  duplicate: (id: string, ctx: ChangeContext, copySuffix?: string) => Promise<Review>;
  /** Moves the review, its trail and its evidence to the bin. Evidence files stay stored for a restore. */
  delete: (id: string, ctx: ChangeContext) => Promise<DeletedReview>;
  /**
   * Restores the most recently deleted version of review `id` (what Undo after a delete wants). Refused when a review
   * with that id exists.
   */
  restore: (id: string, ctx: ChangeContext) => Promise<Review>;
  /** Restores one bin entry by its own id (`DeletedReview.binId`). Refused when a review with its id exists. */
  restoreEntry: (binId: string, ctx: ChangeContext) => Promise<Review>;
}

/** Changes with a storage side of their own: each has its own repository call (evidence: evidence-repo.ts). */
const STORAGE_CHANGES = new Set<ReviewChange['type']>(['create', 'duplicate-of', 'delete', 'restore', 'import', 'attach-evidence', 'edit-evidence', 'remove-evidence']);

export function createReviewsRepo(db: AppDb): ReviewsRepo {
  const mustGet = async (id: string): Promise<Review> => {
    const r = await db.reviews.get(id);
    if (!r) throw new ReviewChangeError('This review no longer exists.');
    return r;
  };
  const trail = (id: string) => trailOf(db, id);

  return {
    list: () => db.reviews.toArray(),
    get: (id) => db.reviews.get(id),
    auditOf: trail,

    create: (input, ctx) =>
      db.transaction('rw', db.reviews, db.audit, async () => {
        const { review, audit } = createReview({ type: 'create', ...input }, ctx);
        await db.reviews.add(review);
        await db.audit.add(audit);
        return review;
      }),

    change: (id, change, ctx) => {
      if (STORAGE_CHANGES.has(change.type)) {
        return Promise.reject(new ReviewChangeError(`"${change.type}" is done through its own repository call.`));
      }
      return db.transaction('rw', db.reviews, db.audit, async () => {
        const { review, audit } = applyChange(await mustGet(id), change, ctx);
        await db.reviews.put(review);
        await db.audit.add(audit);
        return review;
      });
    },

    duplicate: (id, ctx, copySuffix = '(copy)') =>
      db.transaction('rw', db.reviews, db.audit, async () => {
        const source = await mustGet(id);
        const created = createReview(
          { type: 'create', title: `${source.title} ${copySuffix}`, vendorName: source.vendorName, productName: source.productName, profile: source.profile },
          ctx,
        );
        // The storage side of `duplicate-of`: the reviewer's decisions come along with the answers.
        const copy: Review = { ...created.review, decisions: source.decisions, catalogueVersion: source.catalogueVersion };
        const marked = applyChange(copy, { type: 'duplicate-of', sourceId: source.id }, ctx);
        await db.reviews.add(marked.review);
        await db.audit.bulkAdd([created.audit, marked.audit]);
        return marked.review;
      }),

    delete: (id, ctx) =>
      db.transaction('rw', binTables(db), async () => {
        const entry = await moveToBin(db, await mustGet(id), ctx);
        return { id, title: entry.review.title, binId: entry.id };
      }),

    restore: (id, ctx) =>
      db.transaction('rw', binTables(db), async () => {
        const entry = await latestBinEntryOf(db, id);
        if (!entry) throw new ReviewChangeError('This review is no longer in the bin.');
        return restoreFromBin(db, entry, ctx);
      }),

    restoreEntry: (binId, ctx) =>
      db.transaction('rw', binTables(db), async () => {
        const entry = await db.bin.get(binId);
        if (!entry) throw new ReviewChangeError('This review is no longer in the bin.');
        return restoreFromBin(db, entry, ctx);
      }),
  };
}
