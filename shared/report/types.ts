/**
 * Report vocabulary: what a report is built from (`ReportInput`), how it is tailored (`ReportOptions`) and the one
 * format-neutral model every writer (Markdown, HTML/PDF, Word, CSV, XLSX) prints (`ReportModel`). Writers never look
 * at the review or the assessment directly, so every field reaches every format the same way.
 */
import type { Confidence, ExposureKind, Instrument, InstrumentStatus, Mitigation, MitigationCode, Severity } from '../catalogue/types';
import type { InstrumentId } from '../catalogue/instrument-ids';
import type { Assessment, FloorId, Outcome, Scores, Truth } from '../engine/assessment';
import type { AuditEntry, MitigationStatus, Review } from '../review/types';

/** One file of evidence attached to a review. Contents are stored elsewhere; reports print only this metadata. */
export interface EvidenceMeta {
  /** Stable id of the evidence item within its review. */
  readonly id: string;
  /** File name as the reviewer attached it. Redactable (`redaction.evidenceNames`). */
  readonly name: string;
  /** Lower-case hex SHA-256 of the contents (64 characters). Always printed, also when the name is redacted. */
  readonly sha256: string;
  /** Size in bytes. */
  readonly size: number;
  /** ISO time it was attached. */
  readonly addedAt: string;
  /** Reviewer's note about the file; an internal note (`redaction.internalNotes`). */
  readonly note?: string;
  /** Rule ids the evidence supports, when the reviewer linked it to findings. */
  readonly ruleIds?: readonly string[];
}

/** Everything a report is built from. Time and versions are passed in: shared/ has no clock. */
export interface ReportInput {
  readonly review: Review;
  readonly assessment: Assessment;
  /** The instruments table (shared/catalogue/instruments.ts), used to name each citation. */
  readonly instruments: readonly Instrument[];
  /** The mitigations catalogue (shared/catalogue/mitigations.ts). */
  readonly mitigations: readonly Mitigation[];
  readonly audit?: readonly AuditEntry[];
  readonly evidence?: readonly EvidenceMeta[];
  /** Scores after the agreed or implemented mitigations, computed by the caller (shared/engine/scores.ts). */
  readonly residual?: Scores;
  /** Reviewer name printed on the cover. */
  readonly reviewer: string;
  /** ISO time the report is generated. */
  readonly generatedAt: string;
  readonly appVersion: string;
}

/** What the reviewer chose to leave out of a report meant for other readers. */
export interface RedactionOptions {
  /** Reviewer finding notes, mitigation decision notes and evidence notes (override justifications stay). */
  readonly internalNotes: boolean;
  /** Evidence file names (hashes, sizes and dates stay). */
  readonly evidenceNames: boolean;
  /** The answers listed in `VENDOR_CONFIDENTIAL_FIELDS`, wherever they appear (profile, why-traces, audit). */
  readonly vendorConfidential: boolean;
}

export interface ReportOptions {
  /** Confidentiality marking printed on the cover and in every page header, e.g. "Privileged & Confidential". */
  readonly marking?: string;
  readonly redaction: RedactionOptions;
}

/** The text that replaces a redacted value. */
export const REDACTED = '[redacted]';

/** A citation, resolved against the instruments table and worded for print. */
export interface ReportCitation {
  readonly instrumentId: InstrumentId;
  /** Short name, e.g. "CSL", "GB/T 22239-2019". */
  readonly short: string;
  readonly nameEn: string;
  readonly nameZh?: string;
  /** Articles as printed; CSL citations carry both numberings ("Art. 21 (2026 text: Art. 23)"). */
  readonly articles?: string;
  readonly status: InstrumentStatus | 'unknown';
  readonly statusText: string;
  /** Confidence of this point (the citation's own tag). */
  readonly confidence: Confidence;
  readonly confidenceText: string;
  /** Shown for context only, never as current law. */
  readonly historical: boolean;
  readonly docNumber?: string;
  readonly note?: string;
  /** One-line citation: "CSL, Art. 21 (2026 text: Art. 23), Cybersecurity Law of the PRC 《…》, in force (amended), VS". */
  readonly text: string;
}

export interface ReportTraceStep {
  readonly field: string;
  readonly value: string;
  readonly test: string;
  readonly result: Truth;
  readonly resultText: string;
  readonly viaLikely: boolean;
}

export interface ReportMitigationLine {
  readonly code: MitigationCode;
  readonly title: string;
  readonly titleZh?: string;
  /** The reviewer's decision, or `undecided`. */
  readonly status: MitigationStatus | 'undecided';
  readonly statusText: string;
  /** Decision note (internal; removed by `redaction.internalNotes`). */
  readonly note?: string;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  /** What the mitigation does and does not achieve (catalogue text). */
  readonly limits?: string;
}

export interface ReportOverride {
  readonly severity: Severity;
  readonly justification: string;
  readonly by: string;
  readonly at: string;
}

export interface ReportFinding {
  readonly ruleId: string;
  readonly ruleVersion: number;
  readonly title: string;
  readonly titleZh?: string;
  readonly outcome: Exclude<Outcome, 'no'>;
  /** "fires", "fires if a 'likely' answer is confirmed", "needs review". */
  readonly outcomeText: string;
  /** Engine severity (`null` for derivation rules). */
  readonly severity: Severity | null;
  /** Engine severity in words with its fallback and pending steps, e.g. "high (medium if CII is not confirmed)". */
  readonly severityText: string;
  readonly severityReason?: string;
  /** The reviewer's override, printed visibly with its justification. */
  readonly override?: ReportOverride;
  /** Severity after the override. */
  readonly effectiveSeverity: Severity | null;
  readonly effectiveSeverityText: string;
  readonly confidence: Confidence;
  readonly confidenceText: string;
  readonly exposure: readonly ExposureKind[];
  readonly exposureText: string;
  readonly legalBasis: readonly ReportCitation[];
  readonly rationale?: string;
  readonly rationaleZh?: string;
  readonly notice?: string;
  readonly noticeZh?: string;
  readonly trace: readonly ReportTraceStep[];
  /** One line: the decisive steps of the why-trace. */
  readonly traceSummary: string;
  readonly mitigations: readonly ReportMitigationLine[];
  /** Rule advice that is not a catalogue code. */
  readonly mitigationNotes: readonly string[];
  /** Reviewer note (internal; removed by `redaction.internalNotes`). */
  readonly reviewerNote?: string;
  /** Why a `review` finding needs review, in words. */
  readonly reviewReasons: readonly string[];
  /** `likely` answers a `conditional` finding depends on. */
  readonly conditionalOn: readonly string[];
  /** Open question a `review` finding needs answered, in words. */
  readonly question?: string;
}

export interface ReportScoreLine {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly residual?: number;
}

export interface ReportProfileField {
  readonly path: string;
  readonly label: string;
  readonly value: string;
  readonly unknown: boolean;
  readonly redacted: boolean;
}

export interface ReportProfileSection {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly ReportProfileField[];
}

export interface ReportOpenQuestion {
  /** Profile field path, e.g. "customer.cii_status". */
  readonly path: string;
  readonly label: string;
  /** Rule ids whose outcome the answer would settle. */
  readonly ruleIds: readonly string[];
}

export interface ReportFloorLine {
  readonly id: FloorId;
  readonly level: number;
  readonly conditional: boolean;
  readonly text: string;
}

export interface ReportMlps {
  readonly applicable: boolean;
  readonly notApplicableReason?: string;
  /** "3–4", "3", or "N/A". */
  readonly levelRange: string;
  readonly levelMin?: number;
  readonly levelMax?: number;
  readonly stdLevel?: number | null;
  readonly t2025Level?: number | null;
  readonly declared: string;
  readonly floorsApplied: readonly ReportFloorLine[];
  readonly floorsPending: readonly ReportFloorLine[];
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
  readonly basis: readonly string[];
}

export interface ReportMitigationSummary {
  readonly code: MitigationCode;
  readonly title: string;
  readonly titleZh?: string;
  readonly description?: string;
  readonly limits?: string;
  /** Every finding that proposes it, with the reviewer's decision for that finding. */
  readonly uses: readonly { readonly ruleId: string; readonly status: ReportMitigationLine['status']; readonly statusText: string; readonly note?: string }[];
}

export interface ReportEvidenceLine {
  readonly id: string;
  /** File name, or `REDACTED`. */
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
  readonly addedAt: string;
  readonly note?: string;
  readonly ruleIds: readonly string[];
}

export interface ReportAuditLine {
  readonly at: string;
  readonly actor: string;
  readonly revision: number;
  readonly action: string;
  /** What changed, in words (redacted values and notes are not printed when redaction asks so). */
  readonly description: string;
}

export interface ReportAudit {
  readonly total: number;
  readonly first?: string;
  readonly last?: string;
  readonly actors: readonly string[];
  readonly byAction: readonly { readonly action: string; readonly count: number }[];
  readonly entries: readonly ReportAuditLine[];
}

export interface ReportFindingGroup {
  readonly kind: ExposureKind;
  readonly title: string;
  /** Findings whose first (primary) exposure kind is `kind`. */
  readonly findings: readonly ReportFinding[];
}

/** The format-neutral report. Every writer prints all of it (redaction already applied). */
export interface ReportModel {
  readonly cover: {
    readonly title: string;
    readonly reviewTitle: string;
    readonly vendor: string;
    readonly product: string;
    readonly reviewer: string;
    readonly generatedAt: string;
    readonly date: string;
    readonly catalogueVersion: string;
    readonly engineVersion: string;
    readonly appVersion: string;
    readonly reviewId: string;
    readonly revision: number;
    readonly marking?: string;
    /** Which redactions were applied, in words (empty when none). */
    readonly redactions: readonly string[];
  };
  readonly summary: {
    readonly levelRange: string;
    readonly mlpsNotApplicable?: string;
    /** Highest effective-severity fire/conditional findings (derivation rules excluded), at most five. */
    readonly topExposures: readonly ReportFinding[];
    readonly scores: readonly ReportScoreLine[];
    readonly hasResidual: boolean;
    readonly countsByOutcome: Readonly<Record<Exclude<Outcome, 'no'>, number>>;
    readonly countsBySeverity: Readonly<Record<Severity | 'none', number>>;
    /** Every `review` finding (invariant I-11: never dropped). */
    readonly reviewItems: readonly ReportFinding[];
    readonly overrides: number;
  };
  readonly profile: {
    readonly sections: readonly ReportProfileSection[];
    readonly sectionsAssessed: readonly string[];
    readonly sectionsMissing: readonly string[];
  };
  readonly mlps: ReportMlps;
  /** Every finding, in assessment order. */
  readonly findings: readonly ReportFinding[];
  readonly findingGroups: readonly ReportFindingGroup[];
  readonly mitigations: readonly ReportMitigationSummary[];
  readonly evidence: readonly ReportEvidenceLine[];
  readonly assumptions: {
    readonly openQuestions: readonly ReportOpenQuestion[];
    /** Points that rest on an uncertain (U) tag: findings and citations. */
    readonly uncertainPoints: readonly string[];
    readonly conditionalAnswers: readonly ReportOpenQuestion[];
  };
  readonly audit: ReportAudit;
  /** Fixed "not legal advice" statement, paragraph by paragraph. */
  readonly disclaimer: readonly string[];
}
