/**
 * The rules DSL: what a rule of brief §17 is, as data. Conditions are interpreted by the engine with three-valued
 * logic (brief §15.7); rule files (rules/*.ts) hold only data written in this vocabulary, plus the named value sets
 * the brief defines (CATALOGUE_CATS, REVIEW_CATS …).
 */
import type { Confidence, ExposureKind, Instrument, LegalRef, LocalText, Mitigation, MitigationCode, Severity } from './types';
import type { Outcome } from '../engine/assessment';

/** Rule families, as the id prefixes of brief §17. */
export type RuleFamily = 'G' | 'SC' | 'CT' | 'MR' | 'IN' | 'DA' | 'DC' | 'VU' | 'RM' | 'TR';

/**
 * Facts the engine derives and a condition may test like a field: the MLPS estimator's levels (brief §16) and
 * `mlps.t2025_above_std` (2025-template level > standard level). They are not applicable where MLPS is N/A.
 */
export type DerivedFact = 'mlps.level_min' | 'mlps.level_max' | 'mlps.std_level' | 'mlps.t2025_level' | 'mlps.t2025_above_std';

/** A profile field path (`product.category`) or a derived fact. Checked against PROFILE_FIELDS by a unit test. */
export type FactPath = `${string}.${string}`;

/**
 * One test of one field. `unknownAs: false` makes an `unknown` answer count as "no" for this test only (used where
 * the brief turns an unknown into REVIEW only in a narrower case, spelled out with `unknownIf`).
 */
export type FieldTest = { readonly field: FactPath; readonly unknownAs?: false } & (
  | { readonly op: 'eq' | 'ne'; readonly value: string | number | boolean }
  | { readonly op: 'in' | 'notIn'; readonly value: readonly string[] }
  /** Set contains the value. */
  | { readonly op: 'includes'; readonly value: string }
  /** Set shares at least one value with the list. */
  | { readonly op: 'intersects'; readonly value: readonly string[] }
  /** Set is non-empty and every value is in the list (e.g. "every flow is HR or contract"). */
  | { readonly op: 'onlyOf'; readonly value: readonly string[] }
  /** Set holds something other than `none` (the brief's "≠ {none}"). */
  | { readonly op: 'notNone' }
  /** Level comparisons (levels and `mlps.*`). */
  | { readonly op: 'gte' | 'lte'; readonly value: number }
  | { readonly op: 'isTrue' | 'isFalse' }
  /** The answer is known (not `unknown`); an unknown answer makes this test unknown, so the rule is REVIEW. */
  | { readonly op: 'isKnown' }
  /** The answer is `unknown` (true), or known (false). Never itself unknown. */
  | { readonly op: 'isUnknown' }
);

/** Why an `unknownIf` makes a rule REVIEW. */
export type ReviewGround = 'unknown-answer' | 'uncertain-basis';

/** Three-valued condition (brief §15.7). */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | FieldTest
  /** Another rule's outcome: true when it is in `outcomeIn`; unknown while that rule is REVIEW; false otherwise. */
  | { readonly rule: string; readonly outcomeIn: readonly Exclude<Outcome, 'conditional'>[] }
  /** True when the section is present in the profile (e.g. "any product supplied in China"). */
  | { readonly section: string }
  /**
   * Unknown (→ REVIEW) when `when` holds, false when it does not: encodes the brief's "… → REVIEW" branches such
   * as CT-01's `catalogue_status = unknown ∧ category ∈ CATALOGUE_CATS → REVIEW`.
   */
  | { readonly unknownIf: Condition; readonly ground: ReviewGround; readonly note: string };

/** One step of a severity decision list. */
export interface SeverityStep {
  readonly when: Condition;
  readonly severity: Severity;
  /** Plain-words reason shown with the finding ("L3+ system", "CII customer"). */
  readonly reason: string;
}

/**
 * Severity as a decision list: the first step whose condition holds gives the severity; if none holds, `base`.
 * A step whose condition is unknown is not taken (the finding names its severity as pending if it is higher); a
 * step that holds only through a `likely` answer is taken and the finding shows the fallback.
 */
export interface SeverityRule {
  readonly base: Severity;
  readonly baseReason?: string;
  readonly steps?: readonly SeverityStep[];
}

/** A case where the brief's trigger column says "→ REVIEW": the rule never goes beyond REVIEW while `when` holds. */
export interface ForcedReview {
  /** Absent: always (the point the rule turns on is U). */
  readonly when?: Condition;
  readonly reason: string;
}

/** Lowers the finding's confidence where the brief tags only part of a rule's scope as uncertain. */
export interface ConfidenceCap {
  readonly when: Condition;
  readonly confidence: Confidence;
  readonly reason: string;
}

/** Citations a finding adds only where `when` holds (e.g. NDRC Order 27 for remote O&M of power systems). */
export interface ConditionalBasis {
  readonly when: Condition;
  readonly refs: readonly LegalRef[];
}

/** One rule of brief §17. */
export interface Rule {
  /** `G-01` … `TR-02`: never renamed, never reused. */
  readonly id: string;
  /** Bumped whenever the rule's meaning changes. */
  readonly version: number;
  readonly family: RuleFamily;
  readonly title: LocalText;
  readonly rationale: LocalText;
  readonly trigger: Condition;
  readonly forcedReview?: ForcedReview;
  /** `null` for derivation rules (G-01, G-03, G-04, G-05, G-07). */
  readonly severity: SeverityRule | null;
  readonly exposure: readonly ExposureKind[];
  /** Confidence tags as the brief gives them; CSL references carry both numberings (`cslArticles`). */
  readonly legalBasis: readonly LegalRef[];
  readonly extraBasis?: readonly ConditionalBasis[];
  readonly confidenceCaps?: readonly ConfidenceCap[];
  readonly mitigations: readonly MitigationCode[];
  /** Advice from the brief's mitigation column that is not a catalogue code. */
  readonly mitigationNotes?: readonly LocalText[];
  /** A statement every finding of this rule carries (e.g. the crypto source-code bar, invariant I-8). */
  readonly notice?: LocalText;
  /** Profile fields this rule represents in the MLPS estimator (a floor's inputs), beyond what its trigger reads. */
  readonly estimatorInputs?: readonly string[];
  /** Where an ambiguity of the brief was resolved, the decision taken. */
  readonly decisions?: readonly string[];
}

/** The versioned catalogue the engine runs. */
export interface Catalogue {
  readonly version: string;
  readonly rules: readonly Rule[];
  readonly instruments: readonly Instrument[];
  readonly mitigations: readonly Mitigation[];
}

// ---- Named value sets of brief §17 ----

/** Categories that may be in the 2023 critical equipment / security products catalogue (brief §17.3). */
export const CATALOGUE_CATS: readonly string[] = [
  'router', 'switch', 'server', 'ics_controller_plc_dcs', 'firewall_utm', 'waf', 'ids_ips', 'gatekeeper_isolation',
  'security_audit_siem', 'vuln_scanner', 'backup_appliance', 'vpn_gateway', 'endpoint_security_edr',
];

/** Product categories a CIIO's procurement review typically covers (brief §17.4, CRM Art. 21). */
export const REVIEW_CATS: readonly string[] = [
  'router', 'switch', 'server', 'storage', 'database', 'os', 'middleware', 'cloud_platform', 'firewall_utm', 'ids_ips',
  'waf', 'gatekeeper_isolation', 'vpn_gateway', 'endpoint_security_edr', 'security_audit_siem', 'vuln_scanner',
  'backup_appliance', 'ics_controller_plc_dcs', 'ics_scada_software', 'crypto_library_sdk', 'crypto_hardware_hsm',
];

/** `vendor.china_presence` values that put a vendor organisation in China (IN-06, DA-03, DC-02). */
export const PRESENCE_CATS: readonly string[] = ['rep_office', 'wfoe', 'jv_foreign_controlled', 'jv_chinese_controlled', 'licensed_local_partner'];

/** `vendor.china_presence` values that make the vendor (or its partner) an onshore network operator (DA-01). */
export const OPERATOR_PRESENCE_CATS: readonly string[] = ['wfoe', 'jv_foreign_controlled', 'jv_chinese_controlled', 'licensed_local_partner'];

/** Customised work (the source-code and design-document clauses cover only this). */
export const CUSTOMIZATION_CATS: readonly string[] = ['customized_for_customer', 'bespoke_development'];

/** Information security products (brief §15.2 `product.is_infosec_product`). */
export const INFOSEC_CATS: readonly string[] = [
  'firewall_utm', 'ids_ips', 'waf', 'gatekeeper_isolation', 'vpn_gateway', 'endpoint_security_edr', 'security_audit_siem',
  'vuln_scanner', 'backup_appliance',
];

/** Categories that are crypto products by themselves (brief §15.2 `product.is_crypto_product`). */
export const CRYPTO_CATS: readonly string[] = ['crypto_library_sdk', 'crypto_hardware_hsm', 'vpn_gateway'];

/** CII answers that count as CII (with `likely` conditional). */
export const CII_YES: readonly string[] = ['identified', 'likely'];

/** ICS product categories (SC-04, CT-04). */
export const ICS_CATS: readonly string[] = ['ics_controller_plc_dcs', 'ics_scada_software', 'iot_industrial_device'];

/** Onshore service delivery models. */
export const ONSHORE_SAAS: readonly string[] = ['saas_onshore_vendor_operated', 'saas_onshore_partner_operated'];

/** Sensitive device contents for travel (TR-01). */
export const SENSITIVE_DEVICE_CONTENTS: readonly string[] = ['source_code', 'customer_data_cn_origin', 'dd_files', 'crypto_keys', 'credentials'];
