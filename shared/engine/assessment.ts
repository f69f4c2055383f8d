/**
 * The assessment: what `assess(profile, catalogue)` returns. Its JSON form is public (../shared/domain/contracts.md):
 * fields may be added, never renamed or dropped.
 */
import type { Confidence, ExposureKind, LegalRef, MitigationCode, Severity } from '../catalogue/types';

/** A rule's result. `no` results are not listed in `Assessment.findings`. */
export type Outcome = 'fire' | 'conditional' | 'review' | 'no';

/** Three-valued truth of one condition (brief §15.7). */
export type Truth = true | false | 'unknown';

/** One step of the "why": which answer was tested, how, and what it gave. */
export interface TraceEntry {
  /** Profile field path (`product.customization`), a derived value (`mlps.level_max`) or a rule (`rule:MR-01`). */
  readonly field: string;
  /** The value the test saw (JSON), or "unknown" / "not applicable". */
  readonly value: unknown;
  /** Readable test, e.g. "in {customized_for_customer, bespoke_development}" or ">= 3". */
  readonly test: string;
  readonly result: Truth;
  /** True when the result rests on a `likely` answer (or a floor that does). */
  readonly viaLikely?: boolean;
}

export interface Finding {
  readonly ruleId: string;
  readonly ruleVersion: number;
  readonly outcome: Exclude<Outcome, 'no'>;
  /** `null` for derivation rules. For a `review` finding: the severity the rule would have if confirmed. */
  readonly severity: Severity | null;
  /**
   * Severity qualifications (brief §15.7): `fallback` is the severity if a `likely` answer is not confirmed
   * ("high (medium if CII is not confirmed)"); `pending` is a higher step whose condition is still unknown
   * ("high (critical if CII is confirmed)").
   */
  readonly severityFallback?: Severity;
  readonly severityPending?: Severity;
  /** Plain-words explanation of the severity choice (which step applied). */
  readonly severityReason?: string;
  readonly exposure: readonly ExposureKind[];
  /** The lowest confidence tag among the facts the finding relies on. */
  readonly confidence: Confidence;
  readonly title: string;
  readonly titleZh?: string;
  readonly rationale?: string;
  readonly rationaleZh?: string;
  readonly legalBasis: readonly LegalRef[];
  readonly mitigations: readonly MitigationCode[];
  /** Extra mitigation advice from the rule that is not a catalogue code. */
  readonly mitigationNotes?: readonly string[];
  readonly trace: readonly TraceEntry[];
  /** Why it is `review`: an unknown answer, an uncertain legal basis, or a rule it depends on being `review`. */
  readonly reviewReasons?: readonly ('unknown-answer' | 'uncertain-basis' | 'dependency')[];
  /**
   * For a `review` forced by an uncertain legal basis while the facts are settled: the outcome the facts alone give
   * (`fire`, or `conditional` when they rest on a `likely` answer). Scores weigh the finding by it.
   */
  readonly factsOutcome?: 'fire' | 'conditional';
  /** For `conditional`: the `likely` answers it depends on, e.g. ["customer.cii_status"]. */
  readonly conditionalOn?: readonly string[];
  /** A short statement the finding must always carry (e.g. the crypto source-code bar, invariant I-8). */
  readonly notice?: string;
  readonly noticeZh?: string;
}

export type FloorId = 'F-CII' | 'F-DATA' | 'F-DATA-IMPORTANT' | 'F-DATA-CORE' | 'F-HEALTH' | 'F-PLATFORM' | 'F-L5';

export interface FloorApplied {
  readonly id: FloorId;
  readonly level: number;
  /** Rests on a `likely` answer. */
  readonly conditional: boolean;
}

export interface MlpsWarning {
  readonly code:
    | 'under-grading'
    | 't2025-higher'
    | 'heuristic'
    | 'declared-above-max'
    | 'level5-candidate'
    /** Harm object or degree unknown: the range is open and MLPS-based rules are REVIEW where it matters. */
    | 'harm-unknown'
    /** Declared `none` (not graded) while the estimate is level 2 or more: filing is due. */
    | 'ungraded'
    /** `system.graded_in_cn` unknown: whether MLPS applies at all is open. */
    | 'applicability-unknown';
  readonly message: string;
}

export interface MlpsEstimate {
  readonly levelMin: number;
  readonly levelMax: number;
  readonly stdLevel: number | null;
  readonly t2025Level: number | null;
  readonly floorsApplied: readonly FloorApplied[];
  /** Floors that would apply if an `unknown` answer were confirmed; not counted in the levels. */
  readonly floorsPending: readonly FloorApplied[];
  readonly warnings: readonly MlpsWarning[];
  /** Plain-words steps that produced each bound. */
  readonly basis: readonly string[];
  readonly declared: number | 'none' | 'unknown' | null;
}

export interface Scores {
  /** Source-code exposure index, 0–100. */
  readonly sourceCode: number;
  /** Inspection / state-access index, 0–100. */
  readonly inspection: number;
  /** One index per exposure kind, 0–100. */
  readonly byExposure: Readonly<Record<Exclude<ExposureKind, 'derivation'>, number>>;
}

export interface Assessment {
  readonly catalogueVersion: string;
  /** Version of the engine code that produced it (bumped when outcomes can change for the same catalogue). */
  readonly engineVersion: string;
  /** `null` where MLPS does not apply (no `system` section, or `system.graded_in_cn = false`). */
  readonly mlps: MlpsEstimate | null;
  /** Reason MLPS is N/A, when `mlps` is null. */
  readonly mlpsNotApplicable?: string;
  readonly findings: readonly Finding[];
  readonly scores: Scores;
  /** Profile sections that were present and assessed. */
  readonly sectionsAssessed: readonly string[];
  /** Fixed wording: grading is the operator's and the expert panel's decision; counsel must confirm each finding. */
  readonly disclaimer: string;
}
