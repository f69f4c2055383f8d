/**
 * Review bundles in and out of the database. `sourceOf` reads what a bundle (or a report) needs of one review: the
 * review, its audit trail and its evidence (metadata; with the files' contents in base64 when asked for).
 * `importBundles` writes one or more parsed bundles in ONE transaction: every review, its trail and its evidence is
 * stored, or nothing is (a failing record aborts the whole transaction and Dexie rolls it back). Evidence contents are
 * decoded and checked against their SHA-256 before the transaction opens: one mismatch refuses the whole import.
 * Each import is itself recorded through `applyChange({ type: 'import' })`, so the trail shows where the review came
 * from. Modes: `new` (no review with that id exists), `copy` (new review, audit and evidence ids through `asCopy`),
 * `replace` (the existing review, its trail and its evidence go to a new bin entry, as a deletion would, then the
 * bundle's review takes its place). The functions take lists so a whole portfolio can be moved the same way later.
 */
import { asCopy } from '../../shared/bundle/plan';
import type { BundleEvidence, ReviewBundle } from '../../shared/bundle/types';
import { applyChange, type ChangeContext } from '../../shared/review/changes';
import type { AuditEntry, Review } from '../../shared/review/types';
import type { AppDb } from './app-db';
import { binTables, moveToBin, trailOf } from './bin-store';
import { EvidenceContentError, fileIdsOf, prepareEvidence, toBundleEvidence, type PreparedEvidence } from './evidence-transfer';

export type ImportMode = 'new' | 'copy' | 'replace';

/** What an export needs of one review. */
export interface BundleSource {
  readonly review: Review;
  /** Oldest first. */
  readonly audit: readonly AuditEntry[];
  /** Evidence metadata, oldest first; each item carries `contentBase64` when read with `{ contents: true }` and its file is stored. */
  readonly evidence: readonly BundleEvidence[];
}

export interface SourceOptions {
  /** Include the evidence files' contents (base64, encoded in chunks). Default false: metadata only. */
  readonly contents?: boolean;
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
  /** Evidence items stored. */
  readonly evidence: number;
  /** Of those, items that came without their file (metadata only: name, size, SHA-256). */
  readonly evidenceWithoutFile: number;
}

/** A bundle that cannot be written as asked; nothing was stored. */
export class BundleImportError extends Error {
  override readonly name = 'BundleImportError';
  constructor(
    readonly code: 'exists' | 'missing' | 'audit-clash' | 'evidence-clash' | 'evidence-mismatch',
    message: string,
  ) {
    super(message);
  }
}

export interface BundleRepo {
  /** The review, its audit trail and its evidence, or undefined when it does not exist (any more). */
  sourceOf: (id: string, options?: SourceOptions) => Promise<BundleSource | undefined>;
  /** Which of these review ids a stored (not deleted) review already has. */
  existingIds: (ids: readonly string[]) => Promise<ReadonlySet<string>>;
  /** Writes every item in one transaction (all or nothing); returns the stored reviews in the same order. */
  importBundles: (items: readonly BundleImportItem[], ctx: ChangeContext) => Promise<ImportedReview[]>;
}

const MAX_SOURCE = 200;

interface PreparedItem {
  readonly item: BundleImportItem;
  /** The bundle as it will be written (a copy already has its new ids). */
  readonly bundle: ReviewBundle;
  readonly evidence: readonly PreparedEvidence[];
}

export function createBundleRepo(db: AppDb): BundleRepo {
  /** Outside any transaction: the copy's new ids, and every evidence file decoded and checked. */
  const prepare = async (item: BundleImportItem, ctx: ChangeContext): Promise<PreparedItem> => {
    const bundle = item.mode === 'copy' ? asCopy(item.bundle, ctx.newId(), ctx.now, ctx.newId) : item.bundle;
    try {
      return { item, bundle, evidence: await prepareEvidence(bundle.evidence, bundle.review.id, ctx.newId) };
    } catch (e) {
      if (e instanceof EvidenceContentError) throw new BundleImportError('evidence-mismatch', e.message);
      throw e;
    }
  };

  const importOne = async ({ item, bundle, evidence }: PreparedItem, ctx: ChangeContext): Promise<ImportedReview> => {
    const id = bundle.review.id;
    const existing = await db.reviews.get(id);
    if (item.mode === 'new' && existing) {
      throw new BundleImportError('exists', `A review with the id ${id} already exists. Import it as a copy or replace the existing review.`);
    }
    if (item.mode === 'replace') {
      if (!existing) throw new BundleImportError('missing', `There is no review with the id ${id} to replace any more.`);
      await moveToBin(db, existing, ctx);
    }
    const clashes = (await db.audit.bulkGet(bundle.audit.map((e) => e.id))).filter((e) => e !== undefined);
    if (clashes.length > 0) {
      throw new BundleImportError(
        'audit-clash',
        `${clashes.length} audit entries of this bundle are already stored for another review (first: ${clashes[0]?.id ?? '?'}). Import it as a copy instead.`,
      );
    }
    const taken = (await db.evidence.bulkGet(evidence.map((e) => e.record.id))).filter((e) => e !== undefined);
    if (taken.length > 0) {
      throw new BundleImportError(
        'evidence-clash',
        `${taken.length} evidence items of this bundle are already stored for another review (first: ${taken[0]?.id ?? '?'}). Import it as a copy instead.`,
      );
    }
    const { review, audit } = applyChange(bundle.review, { type: 'import', source: item.source.slice(0, MAX_SOURCE) }, ctx);
    await db.reviews.add(review);
    await db.audit.bulkAdd([...bundle.audit, audit]);
    await db.evidenceFiles.bulkAdd(evidence.flatMap((e) => (e.file ? [e.file] : [])));
    await db.evidence.bulkAdd(evidence.map((e) => e.record));
    return {
      review,
      mode: item.mode,
      auditEntries: bundle.audit.length + 1,
      evidence: evidence.length,
      evidenceWithoutFile: evidence.filter((e) => e.file === null).length,
    };
  };

  return {
    sourceOf: async (id, options = {}) => {
      const read = await db.transaction('r', [db.reviews, db.audit, db.evidence, db.evidenceFiles], async () => {
        const review = await db.reviews.get(id);
        if (!review) return undefined;
        const rows = await db.evidence.where('reviewId').equals(id).toArray();
        const files = options.contents ? await db.evidenceFiles.bulkGet(fileIdsOf(rows)) : [];
        return { review, audit: await trailOf(db, id), rows, files };
      });
      if (!read) return undefined;
      // Encoded after the read transaction: base64 of large files takes several turns of the event loop.
      const files = options.contents ? new Map(read.files.flatMap((f) => (f ? [[f.id, f.bytes] as const] : []))) : undefined;
      return { review: read.review, audit: read.audit, evidence: await toBundleEvidence(read.rows, files) };
    },

    existingIds: async (ids) => {
      const found = await db.reviews.bulkGet([...ids]);
      return new Set(found.filter((r) => r !== undefined).map((r) => r.id));
    },

    importBundles: async (items, ctx) => {
      const prepared: PreparedItem[] = [];
      for (const item of items) prepared.push(await prepare(item, ctx));
      return db.transaction('rw', [...binTables(db), db.evidenceFiles], async () => {
        const out: ImportedReview[] = [];
        for (const p of prepared) out.push(await importOne(p, ctx));
        return out;
      });
    },
  };
}
