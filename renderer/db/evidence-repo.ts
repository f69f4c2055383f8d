/**
 * Evidence attached to a review: files the reviewer keeps with it (contracts, certificates, test reports). Attaching,
 * editing (note, linked findings) and removing are review changes: each goes through `applyChange` (shared/review/
 * changes.ts), and the review, its audit entry and the evidence row (and file) are written in ONE transaction. The
 * audit entry records the metadata (name, size, SHA-256), never the bytes. The SHA-256 is computed here, from the
 * bytes that are stored, before the transaction opens (WebCrypto is not IndexedDB and would end the transaction).
 */
import { applyChange, ReviewChangeError, type ChangeContext } from '../../shared/review/changes';
import type { EvidenceMeta } from '../../shared/report/types';
import type { Review } from '../../shared/review/types';
import type { AppDb, EvidenceRecord } from './app-db';
import { sha256Hex } from './evidence-codec';

/** Largest evidence file accepted: its base64 must fit a bundle (shared/bundle/schema.ts LIMITS.evidenceBase64). */
export const EVIDENCE_MAX_BYTES = 50 * 1024 * 1024;

export interface AttachInput {
  /** File name as picked (no folders). */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly note?: string;
  readonly ruleIds?: readonly string[];
}

export interface EvidencePatch {
  /** '' clears the note. */
  readonly note?: string;
  /** [] unlinks every finding. */
  readonly ruleIds?: readonly string[];
}

/** Why an evidence change was refused: `code` lets the UI word it; `message` is a readable English fallback. */
export class EvidenceError extends ReviewChangeError {
  constructor(
    readonly code: 'too-large' | 'empty-name' | 'duplicate' | 'missing',
    message: string,
    /** The file concerned: the picked file (`too-large`) or the item already attached (`duplicate`). */
    readonly itemName?: string,
  ) {
    super(message);
  }
}

export interface EvidenceRepo {
  /** The review's evidence, oldest first. */
  list: (reviewId: string) => Promise<EvidenceRecord[]>;
  /** The stored contents of one item, or undefined when only its metadata is stored. */
  contents: (evidenceId: string) => Promise<Uint8Array | undefined>;
  attach: (reviewId: string, input: AttachInput, ctx: ChangeContext) => Promise<{ readonly review: Review; readonly evidence: EvidenceRecord }>;
  edit: (reviewId: string, evidenceId: string, patch: EvidencePatch, ctx: ChangeContext) => Promise<{ readonly review: Review; readonly evidence: EvidenceRecord }>;
  /** Deletes the item and its file; the audit trail keeps its name and SHA-256. */
  remove: (reviewId: string, evidenceId: string, ctx: ChangeContext) => Promise<Review>;
}

/** Just the metadata of a stored row or an incoming item (what bundles, reports and the audit trail carry). */
export function metaOf(r: EvidenceMeta): EvidenceMeta {
  return {
    id: r.id,
    name: r.name,
    sha256: r.sha256,
    size: r.size,
    addedAt: r.addedAt,
    ...(r.note !== undefined ? { note: r.note } : {}),
    ...(r.ruleIds !== undefined ? { ruleIds: r.ruleIds } : {}),
  };
}

/** Oldest first; ties by name, so the order is stable. */
export function byAddedAt(a: EvidenceMeta, b: EvidenceMeta): number {
  return a.addedAt.localeCompare(b.addedAt) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** The bytes in a buffer of their own: storing a view would store (structured-clone) its whole underlying buffer. */
export function compact(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

export function createEvidenceRepo(db: AppDb): EvidenceRepo {
  const mustGetReview = async (id: string): Promise<Review> => {
    const r = await db.reviews.get(id);
    if (!r) throw new ReviewChangeError('This review no longer exists.');
    return r;
  };
  const mustGetItem = async (reviewId: string, evidenceId: string): Promise<EvidenceRecord> => {
    const e = await db.evidence.get(evidenceId);
    if (!e || e.reviewId !== reviewId) throw new EvidenceError('missing', 'This evidence item no longer exists.');
    return e;
  };

  return {
    list: async (reviewId) => (await db.evidence.where('reviewId').equals(reviewId).toArray()).sort(byAddedAt),

    contents: async (evidenceId) => {
      const row = await db.evidence.get(evidenceId);
      if (!row?.fileId) return undefined;
      return (await db.evidenceFiles.get(row.fileId))?.bytes;
    },

    attach: async (reviewId, input, ctx) => {
      const name = input.name.trim();
      if (!name) throw new EvidenceError('empty-name', 'Evidence needs a file name.');
      if (input.bytes.byteLength > EVIDENCE_MAX_BYTES) {
        throw new EvidenceError('too-large', `"${name}" is larger than the ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB evidence limit.`, name);
      }
      const sha256 = await sha256Hex(input.bytes);
      return db.transaction('rw', [db.reviews, db.audit, db.evidence, db.evidenceFiles], async () => {
        const review = await mustGetReview(reviewId);
        const same = (await db.evidence.where('reviewId').equals(reviewId).toArray()).find((e) => e.sha256 === sha256);
        if (same) throw new EvidenceError('duplicate', `This file is already attached as "${same.name}".`, same.name);
        const meta: EvidenceMeta = {
          id: ctx.newId(),
          name,
          sha256,
          size: input.bytes.byteLength,
          addedAt: ctx.now,
          ...(input.note ? { note: input.note } : {}),
          ...(input.ruleIds && input.ruleIds.length > 0 ? { ruleIds: [...input.ruleIds] } : {}),
        };
        const changed = applyChange(review, { type: 'attach-evidence', evidence: meta }, ctx);
        const fileId = ctx.newId();
        const record: EvidenceRecord = { ...meta, reviewId, fileId };
        await db.reviews.put(changed.review);
        await db.audit.add(changed.audit);
        await db.evidenceFiles.add({ id: fileId, bytes: compact(input.bytes) });
        await db.evidence.add(record);
        return { review: changed.review, evidence: record };
      });
    },

    edit: (reviewId, evidenceId, patch, ctx) =>
      db.transaction('rw', [db.reviews, db.audit, db.evidence], async () => {
        const review = await mustGetReview(reviewId);
        const item = await mustGetItem(reviewId, evidenceId);
        const changed = applyChange(
          review,
          { type: 'edit-evidence', id: evidenceId, ...(patch.note !== undefined ? { note: patch.note } : {}), ...(patch.ruleIds !== undefined ? { ruleIds: [...patch.ruleIds] } : {}) },
          ctx,
        );
        const { note: _note, ruleIds: _ruleIds, ...rest } = item;
        const note = patch.note !== undefined ? patch.note : item.note;
        const ruleIds = patch.ruleIds !== undefined ? patch.ruleIds : item.ruleIds;
        const next: EvidenceRecord = { ...rest, ...(note ? { note } : {}), ...(ruleIds && ruleIds.length > 0 ? { ruleIds: [...ruleIds] } : {}) };
        await db.reviews.put(changed.review);
        await db.audit.add(changed.audit);
        await db.evidence.put(next);
        return { review: changed.review, evidence: next };
      }),

    remove: (reviewId, evidenceId, ctx) =>
      db.transaction('rw', [db.reviews, db.audit, db.evidence, db.evidenceFiles], async () => {
        const review = await mustGetReview(reviewId);
        const item = await mustGetItem(reviewId, evidenceId);
        const changed = applyChange(review, { type: 'remove-evidence', id: item.id, name: item.name, sha256: item.sha256 }, ctx);
        await db.reviews.put(changed.review);
        await db.audit.add(changed.audit);
        await db.evidence.delete(item.id);
        if (item.fileId) await db.evidenceFiles.delete(item.fileId);
        return changed.review;
      }),
  };
}
