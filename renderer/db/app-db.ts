/**
 * The local database (IndexedDB through Dexie). Only repositories in this folder use it.
 * Only non-sensitive fields are indexed (ids, times, archive flag), so every other field can later be stored
 * encrypted without touching an index. A schema snapshot test (test/fixtures/db-schema.snapshot.json) guards it.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { AuditEntry, Review } from '../../shared/review/types';

/** A deleted review and its audit trail, kept so the deletion can be undone. */
export interface BinEntry {
  /** The review's id. */
  readonly id: string;
  readonly deletedAt: string;
  readonly review: Review;
  readonly audit: readonly AuditEntry[];
}

/** One setting, stored as key → JSON value. */
export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

export const DEFAULT_DB_NAME = 'airlock';

export class AppDb extends Dexie {
  reviews!: EntityTable<Review, 'id'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  bin!: EntityTable<BinEntry, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    // Append versions, never edit a shipped one: add version(2) with an upgrade() and update the snapshot.
    this.version(1).stores({
      reviews: 'id, createdAt, updatedAt, archivedAt',
      audit: 'id, reviewId, [reviewId+revision], at',
      bin: 'id, deletedAt',
      settings: 'key',
    });
  }
}
