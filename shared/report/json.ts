/**
 * JSON writer: builds and serialises the review bundle (shared/bundle/types.ts) and the backup. The output is
 * validated against the same strict schema the importer uses before it is returned, so an export that could not be
 * imported again fails loudly here instead of producing a file that is discovered to be broken later.
 */
import { backupSchema, reviewBundleSchema } from '../bundle/schema';
import type { Backup, BundleEvidence, ReviewBundle } from '../bundle/types';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../bundle/types';
import { pointer } from '../bundle/parse';
import type { Assessment } from '../engine/assessment';
import type { AuditEntry, Review } from '../review/types';

/** Thrown when an export would not pass the importer's validation. */
export class ExportValidationError extends Error {
  override readonly name = 'ExportValidationError';
  constructor(readonly problems: readonly { readonly path: string; readonly message: string }[]) {
    super(`The export is not valid: ${problems.slice(0, 5).map((p) => `${p.path || '(document)'} ${p.message}`).join('; ')}`);
  }
}

export interface BundleInput {
  readonly review: Review;
  readonly assessment: Assessment;
  readonly audit: readonly AuditEntry[];
  readonly evidence?: readonly BundleEvidence[];
  /** ISO time, passed in. */
  readonly exportedAt: string;
  readonly appVersion: string;
}

/** Assembles a review bundle; only the review's own audit entries are included. */
export function buildBundle(input: BundleInput): ReviewBundle {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt: input.exportedAt,
    appVersion: input.appVersion,
    catalogueVersion: input.assessment.catalogueVersion,
    review: input.review,
    assessment: input.assessment,
    audit: input.audit.filter((e) => e.reviewId === input.review.id),
    evidence: input.evidence ?? [],
  };
}

function check(result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }): void {
  if (!result.success) throw new ExportValidationError((result.error?.issues ?? []).map((i) => ({ path: pointer(i.path), message: i.message })));
}

/** The bundle as JSON text (2-space indented). Throws `ExportValidationError` if it would not import. */
export function toBundleJson(bundle: ReviewBundle): string {
  check(reviewBundleSchema.safeParse(bundle));
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** The backup as JSON text. Throws `ExportValidationError` if it would not import. */
export function toBackupJson(backup: Backup): string {
  check(backupSchema.safeParse(backup));
  return `${JSON.stringify(backup)}\n`;
}
