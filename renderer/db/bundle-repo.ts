/**
 * Review bundles in and out of the database. `sourceOf` reads what a bundle (or a report) needs of one review: the
 * review and its audit trail. `importBundles` writes one or more parsed bundles in ONE transaction: every review and
 * its trail is stored, or nothing is (a failing record aborts the whole transaction and Dexie rolls it back). Each
 * import is itself recorded through `applyChange({ type: 'import' })`, so the trail shows where the review came
 * from. Modes: `new` (no review with that id exists), `copy` (new ids through `asCopy`), `replace` (the existing review
 * and its trail go to the bin, as a deletion would, then the bundle's review takes its place).
 * The functions take lists so a whole portfolio can be moved the same way later.
 */
import { asCopy } from '../../shared/bundle/plan';
import type { BundleEvidence, ReviewBundle } from '../../shared/bundle/types';
import { applyChange, type ChangeContext } from '../../shared/review/changes';
import type { AuditEntry, Review } from '../../shared/review/types';
import type { AppDb } from './app-db';

export type ImportMode = 'new' | 'copy' | 'replace';

/** What an export needs of one review. */
export interface BundleSource {
  readonly review: Review;
  /** Oldest first. */
  readonly audit: readonly AuditEntry[];
  /** Evidence metadata and contents. This version stores no evidence yet, so it is always empty. */
  readonly evidence: readonly BundleEvidence[];
}

export interface BundleImportItem {
  readonly bundle: ReviewBundle;
  readonly mode: ImportMode;
  /** Where it came from, recorded in the `import` audit entry (e.g. the file name). At most 200 characters kept. */
  readonly source: string;
}

export interface ImportedReview {
  readonly review: Review;
  readonly mode: ImportMode;
  /** Audit entries stored (the bundle's plus the `import` entry). */
  readonly auditEntries: number;
  /** Evidence items in the bundle that were not stored (this version keeps no evidence). */
  readonly evidenceSkipped: number;
}

/** A bundle that cannot be written as asked; nothing was stored. */
export class BundleImportError extends Error {
  override readonly name = 'BundleImportError';
  constructor(
    readonly code: 'exists' | 'missing' | 'audit-clash',
    message: string,
  ) {
    super(message);
  }
}

export interface BundleRepo {
  /** The review and its audit trail, or undefined when it does not exist (any more). */
  sourceOf: (id: string) => Promise<BundleSource | undefined>;
  /** Which of these review ids a stored (not deleted) review already has. */
  existingIds: (ids: readonly string[]) => Promise<ReadonlySet<string>>;
  /** Writes every item in one transaction (all or nothing); returns the stored reviews in the same order. */
  importBundles: (items: readonly BundleImportItem[], ctx: ChangeContext) => Promise<ImportedReview[]>;
}

const MAX_SOURCE = 200;

export function createBundleRepo(db: AppDb): BundleRepo {
  const trail = (id: string) => db.audit.where('[reviewId+revision]').between([id, -Infinity], [id, Infinity]).toArray();

  /** The storage side of a deletion (as reviews-repo does it): the review and its trail move to the bin. */
  const moveToBin = async (existing: Review, ctx: ChangeContext): Promise<void> => {
    const { review, audit } = applyChange(existing, { type: 'delete' }, ctx);
    const entries = await trail(existing.id);
    await db.bin.put({ id: existing.id, deletedAt: ctx.now, review, audit: [...entries, audit] });
    await db.audit.bulkDelete(entries.map((e) => e.id));
    await db.reviews.delete(existing.id);
  };

  const importOne = async (item: BundleImportItem, ctx: ChangeContext): Promise<ImportedReview> => {
    const bundle = item.mode === 'copy' ? asCopy(item.bundle, ctx.newId(), ctx.now, ctx.newId) : item.bundle;
    const id = bundle.review.id;
    const existing = await db.reviews.get(id);
    if (item.mode === 'new' && existing) {
      throw new BundleImportError('exists', `A review with the id ${id} already exists. Import it as a copy or replace the existing review.`);
    }
    if (item.mode === 'replace') {
      if (!existing) throw new BundleImportError('missing', `There is no review with the id ${id} to replace any more.`);
      await moveToBin(existing, ctx);
    }
    const clashes = (await db.audit.bulkGet(bundle.audit.map((e) => e.id))).filter((e) => e !== undefined);
    if (clashes.length > 0) {
      throw new BundleImportError(
        'audit-clash',
        `${clashes.length} audit entries of this bundle are already stored for another review (first: ${clashes[0]?.id ?? '?'}). Import it as a copy instead.`,
      );
    }
    const { review, audit } = applyChange(bundle.review, { type: 'import', source: item.source.slice(0, MAX_SOURCE) }, ctx);
    await db.reviews.add(review);
    await db.audit.bulkAdd([...bundle.audit, audit]);
    return { review, mode: item.mode, auditEntries: bundle.audit.length + 1, evidenceSkipped: bundle.evidence.length };
  };

  return {
    sourceOf: (id) =>
      db.transaction('r', db.reviews, db.audit, async () => {
        const review = await db.reviews.get(id);
        if (!review) return undefined;
        return { review, audit: await trail(id), evidence: [] };
      }),

    existingIds: async (ids) => {
      const found = await db.reviews.bulkGet([...ids]);
      return new Set(found.filter((r) => r !== undefined).map((r) => r.id));
    },

    importBundles: (items, ctx) =>
      db.transaction('rw', db.reviews, db.audit, db.bin, async () => {
        const out: ImportedReview[] = [];
        for (const item of items) out.push(await importOne(item, ctx));
        return out;
      }),
  };
}
