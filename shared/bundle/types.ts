/**
 * The two file formats Airlock writes for people to keep or share: a review bundle (one review, its assessment
 * snapshot, audit trail and evidence) and a backup (everything in the local database). Both are JSON documents with
 * a `format` tag and a `formatVersion`; docs/schema/ publishes their JSON Schemas.
 */
import type { Assessment } from '../engine/assessment';
import type { EvidenceMeta } from '../report/types';
import type { AuditEntry, Review } from '../review/types';

/** Current version of the review-bundle format. Older versions are migrated (migrations.ts); newer ones refused. */
export const BUNDLE_FORMAT_VERSION = 1;
/** Current version of the backup format. */
export const BACKUP_FORMAT_VERSION = 1;

export const BUNDLE_FORMAT = 'airlock-review-bundle';
export const BACKUP_FORMAT = 'airlock-backup';

/** An evidence item as a bundle carries it: its metadata and, optionally, its contents in base64. */
export interface BundleEvidence extends EvidenceMeta {
  readonly contentBase64?: string;
}

export interface ReviewBundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly formatVersion: typeof BUNDLE_FORMAT_VERSION;
  /** ISO time of export. */
  readonly exportedAt: string;
  readonly appVersion: string;
  /** Catalogue version of the assessment snapshot (equals `assessment.catalogueVersion`). */
  readonly catalogueVersion: string;
  readonly review: Review;
  /** The assessment the reviewer saw, stamped with its catalogue version. */
  readonly assessment: Assessment;
  /** The review's audit trail; every entry's `reviewId` is `review.id`. */
  readonly audit: readonly AuditEntry[];
  readonly evidence: readonly BundleEvidence[];
}

/** A review in the bin: deleted, restorable, with the audit trail and the evidence it had. */
export interface BinItem {
  /**
   * The bin entry's own id: one review can be in the bin more than once (deleted, imported again, deleted again).
   * Backups written before entries had their own ids carry the review's id here.
   */
  readonly id: string;
  readonly kind: 'review';
  /** ISO time it was deleted. */
  readonly deletedAt: string;
  readonly review: Review;
  readonly audit: readonly AuditEntry[];
  /** Its evidence when it was deleted (metadata, and contents when the backup includes them). Absent: none. */
  readonly evidence?: readonly BundleEvidence[];
}

/** A setting's value: settings are flat key/value pairs. */
export type SettingValue = string | number | boolean | null;

/** Evidence as a backup carries it: tied to its review. */
export interface BackupEvidence extends BundleEvidence {
  readonly reviewId: string;
}

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: typeof BACKUP_FORMAT_VERSION;
  readonly exportedAt: string;
  readonly appVersion: string;
  readonly reviews: readonly Review[];
  readonly audit: readonly AuditEntry[];
  readonly bin: readonly BinItem[];
  readonly settings: { readonly [key: string]: SettingValue };
  /** Evidence of every review (metadata, and contents when the backup includes them). */
  readonly evidence?: readonly BackupEvidence[];
}

/** One problem found in an imported file, located by a JSON Pointer (RFC 6901; "" is the whole document). */
export interface ImportError {
  readonly path: string;
  readonly message: string;
}

/** Result of reading a review bundle: the validated bundle (migrated when it was older), or every problem found. */
export type BundleParseResult =
  | { readonly ok: true; readonly bundle: ReviewBundle; readonly migratedFrom?: number; readonly migrations?: readonly string[] }
  | { readonly ok: false; readonly errors: readonly ImportError[] };

/** Result of reading a backup. */
export type BackupParseResult =
  | { readonly ok: true; readonly backup: Backup; readonly migratedFrom?: number; readonly migrations?: readonly string[] }
  | { readonly ok: false; readonly errors: readonly ImportError[] };
