/**
 * The local database (IndexedDB through Dexie). Only repositories in this folder use it.
 * Only non-sensitive fields are indexed (ids, times, archive flag), so every other field can later be stored
 * encrypted without touching an index. A schema snapshot test (test/fixtures/db-schema.snapshot.json) guards it.
 *
 * Version history (append a version, never edit a shipped one):
 * - v1: reviews, audit, bin (keyed by the review's id), settings.
 * - v2: bin entries get ids of their own and a `reviewId` index, so one review can be in the bin more than once (v1
 *   overwrote the earlier deletion). The upgrade keeps every v1 entry under its old key (the review's id, unique among
 *   v1 entries) and adds `reviewId`. New tables `evidence` (metadata rows, one per attached file) and `evidenceFiles`
 *   (the file bytes, one row per file, referenced by `EvidenceRecord.fileId`).
 */
import { Dexie, type EntityTable } from 'dexie';
import type { EvidenceMeta } from '../../shared/report/types';
import type { AuditEntry, Review } from '../../shared/review/types';

/**
 * One attached evidence file's metadata, for a live review (table `evidence`) or inside a bin entry. The bytes live
 * in `evidenceFiles` under `fileId`, so listing evidence, moving it to the bin and editing its note never read or
 * rewrite the file; `fileId` is null when only the metadata is known (imported from a bundle without the files).
 */
export interface EvidenceRecord extends EvidenceMeta {
  readonly reviewId: string;
  readonly fileId: string | null;
}

/** The contents of one evidence file. Its id is opaque (not the hash: a hash would be a searchable fingerprint). */
export interface EvidenceFile {
  readonly id: string;
  readonly bytes: Uint8Array;
}

/** A deleted review with its audit trail and evidence, kept so the deletion can be undone. */
export interface BinEntry {
  /** The entry's own id (v1 entries keep their old key, which is the review's id). */
  readonly id: string;
  /** The deleted review's id (indexed: several entries may share it). */
  readonly reviewId: string;
  readonly deletedAt: string;
  readonly review: Review;
  readonly audit: readonly AuditEntry[];
  /** The review's evidence when it was deleted (their files stay in `evidenceFiles`). Absent: none. */
  readonly evidence?: readonly EvidenceRecord[];
}

/** One setting, stored as key → JSON value. */
export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

export const DEFAULT_DB_NAME = 'airlock';

/** The v1 stores, exactly as shipped (tests open a v1 database with them to check the upgrade). */
export const V1_STORES = {
  reviews: 'id, createdAt, updatedAt, archivedAt',
  audit: 'id, reviewId, [reviewId+revision], at',
  bin: 'id, deletedAt',
  settings: 'key',
} as const;

export class AppDb extends Dexie {
  reviews!: EntityTable<Review, 'id'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  bin!: EntityTable<BinEntry, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  evidence!: EntityTable<EvidenceRecord, 'id'>;
  evidenceFiles!: EntityTable<EvidenceFile, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    // Append versions, never edit a shipped one: add version(n + 1) with an upgrade() and update the snapshot.
    this.version(1).stores(V1_STORES);
    this.version(2)
      .stores({
        bin: 'id, reviewId, deletedAt',
        evidence: 'id, reviewId, addedAt',
        evidenceFiles: 'id',
      })
      .upgrade((tx) =>
        tx
          .table('bin')
          .toCollection()
          .modify((entry: { id: string; reviewId?: string; review?: { id?: unknown } }) => {
            // A v1 entry's key was its review's id; the stored review says the same.
            entry.reviewId = typeof entry.review?.id === 'string' ? entry.review.id : entry.id;
          }),
      );
  }
}
