/**
 * A review: one vendor product assessed for one Chinese deployment. This is the durable document the renderer
 * stores (Dexie), review bundles carry and reports print. Only `ReviewIndexFields` are ever indexed, so every other
 * field can later be stored encrypted without touching an index.
 */
import type { MitigationCode, Severity } from '../catalogue/types';
import type { EvidenceMeta } from '../report/types';

/** A profile as answered so far: sections of field → value, in the contracts.md shape. Validated by shared/profile. */
export type ProfileAnswers = { readonly [section: string]: { readonly [field: string]: unknown } };

export type MitigationStatus = 'proposed' | 'agreed' | 'implemented' | 'rejected';
export const MITIGATION_STATUSES: readonly MitigationStatus[] = ['proposed', 'agreed', 'implemented', 'rejected'];

export interface MitigationDecision {
  readonly status: MitigationStatus;
  readonly note?: string;
  readonly at: string;
  readonly by: string;
}

export interface SeverityOverride {
  readonly severity: Severity;
  /** A written justification is required; an override without one is refused. */
  readonly justification: string;
  readonly at: string;
  readonly by: string;
}

/** What the reviewer decided about one rule's finding. Kept by rule id, so it survives re-assessment. */
export interface FindingDecision {
  readonly note?: string;
  readonly severityOverride?: SeverityOverride;
  readonly mitigations?: { readonly [code: MitigationCode]: MitigationDecision };
}

export interface ReviewIndexFields {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** ISO time it was archived, or null. */
  readonly archivedAt: string | null;
}

export interface Review extends ReviewIndexFields {
  readonly title: string;
  readonly vendorName: string;
  readonly productName: string;
  readonly profile: ProfileAnswers;
  readonly decisions: { readonly [ruleId: string]: FindingDecision };
  /** Catalogue version of the last assessment the reviewer saw (stamped on every assessment snapshot). */
  readonly catalogueVersion: string | null;
  /** Incremented by every change; the audit trail records each step. */
  readonly revision: number;
}

export interface AuditEntry {
  readonly id: string;
  readonly reviewId: string;
  readonly at: string;
  readonly actor: string;
  readonly revision: number;
  /** The change's type, e.g. "set-answer". */
  readonly action: ReviewChange['type'];
  /** The change itself, so the trail can be replayed or shown in full. */
  readonly change: ReviewChange;
}

/** Every way a review can change. All writes go through `applyChange` (changes.ts), which records each one. */
export type ReviewChange =
  | { readonly type: 'create'; readonly title: string; readonly vendorName: string; readonly productName: string; readonly profile?: ProfileAnswers }
  | { readonly type: 'rename'; readonly title?: string; readonly vendorName?: string; readonly productName?: string }
  | { readonly type: 'set-answer'; readonly field: string; readonly value: unknown }
  | { readonly type: 'clear-answer'; readonly field: string }
  | { readonly type: 'set-note'; readonly ruleId: string; readonly note: string }
  | { readonly type: 'set-mitigation'; readonly ruleId: string; readonly code: MitigationCode; readonly status: MitigationStatus | null; readonly note?: string }
  | { readonly type: 'override-severity'; readonly ruleId: string; readonly severity: Severity; readonly justification: string }
  | { readonly type: 'clear-override'; readonly ruleId: string }
  | { readonly type: 'stamp-catalogue'; readonly catalogueVersion: string }
  /**
   * Includes or excludes one profile section (a section absent from the profile is not assessed). Including adds it
   * empty (every field unknown) when absent; excluding removes it with its answers (the trail keeps them).
   */
  | { readonly type: 'set-section'; readonly section: string; readonly included: boolean }
  | { readonly type: 'archive' }
  | { readonly type: 'unarchive' }
  /**
   * Evidence: the metadata of an attached file (never its contents). The repository stores the evidence record and the
   * file in the same transaction as the review and this audit entry.
   */
  | { readonly type: 'attach-evidence'; readonly evidence: EvidenceMeta }
  /** Changes an evidence item's note ('' clears it) and/or the findings it supports ([] clears them). */
  | { readonly type: 'edit-evidence'; readonly id: string; readonly note?: string; readonly ruleIds?: readonly string[] }
  /** Removes an evidence item and its file; the trail keeps what it was (name and SHA-256). */
  | { readonly type: 'remove-evidence'; readonly id: string; readonly name: string; readonly sha256: string }
  | { readonly type: 'duplicate-of'; readonly sourceId: string }
  | { readonly type: 'import'; readonly source: string }
  | { readonly type: 'delete' }
  | { readonly type: 'restore' };
