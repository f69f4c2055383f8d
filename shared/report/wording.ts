/**
 * Fixed report wording: outcomes, severities, confidence tags, instrument statuses, exposure kinds, CSL double
 * numbering and profile values in words. One place, so every format says the same thing.
 */
import type { Confidence, ExposureKind, InstrumentStatus, LegalRef, Severity } from '../catalogue/types';
import type { Finding, Outcome } from '../engine/assessment';
import type { MitigationStatus } from '../review/types';

/** Outcome in words, as every report prints it. */
export const OUTCOME_TEXT: Readonly<Record<Exclude<Outcome, 'no'>, string>> = {
  fire: 'fires',
  conditional: "fires if a 'likely' answer is confirmed",
  review: 'needs review',
};

/** Confidence tags of the brief §0.1 in words. */
export const CONFIDENCE_TEXT: Readonly<Record<Confidence, string>> = {
  VS: 'VS (verified from source)',
  WR: 'WR (widely reported)',
  U: 'U (uncertain)',
};

/** Instrument statuses in words. */
export const STATUS_TEXT: Readonly<Record<InstrumentStatus | 'unknown', string>> = {
  'in-force': 'in force',
  'in-force-amended': 'in force (amended)',
  repealed: 'repealed/replaced',
  suspended: 'suspended',
  draft: 'draft',
  'not-public': 'not public',
  withdrawn: 'withdrawn',
  unknown: 'status not in catalogue',
};

/** Exposure-kind section titles. */
export const EXPOSURE_TITLE: Readonly<Record<ExposureKind, string>> = {
  'source-code': 'Source-code and design-document disclosure',
  certification: 'Certification, testing and market access',
  inspection: 'Inspection and regulatory visibility',
  'data-access': 'Data access',
  decryption: 'Decryption and key custody',
  vulnerability: 'Vulnerability and incident reporting',
  derivation: 'MLPS grading (derivation rules)',
};

/** Reviewer mitigation decisions in words. */
export const MITIGATION_STATUS_TEXT: Readonly<Record<MitigationStatus | 'undecided', string>> = {
  proposed: 'proposed',
  agreed: 'agreed',
  implemented: 'implemented',
  rejected: 'rejected',
  undecided: 'not decided',
};

const REVIEW_REASON_TEXT: Readonly<Record<NonNullable<Finding['reviewReasons']>[number], string>> = {
  'unknown-answer': 'an answer it depends on is unknown',
  'uncertain-basis': 'its legal basis is uncertain (U)',
  dependency: 'a rule it depends on needs review',
};

/** Why a finding needs review, in words. */
export function reviewReasonText(reason: NonNullable<Finding['reviewReasons']>[number]): string {
  return REVIEW_REASON_TEXT[reason];
}

/** Severity or "n/a (derivation rule)". */
export function severityWord(s: Severity | null): string {
  return s ?? 'n/a (derivation rule)';
}

/**
 * The engine severity with its qualifications (brief §15.7): "high (medium if customer.cii_status is not confirmed)",
 * "high (critical if a pending condition is confirmed)", and for a `review` finding "high if confirmed".
 */
export function severityText(f: Pick<Finding, 'severity' | 'severityFallback' | 'severityPending' | 'conditionalOn' | 'outcome'>): string {
  if (f.severity === null) return severityWord(null);
  const quals: string[] = [];
  if (f.severityFallback !== undefined) {
    const on = f.conditionalOn !== undefined && f.conditionalOn.length > 0 ? f.conditionalOn.join(', ') : "the 'likely' answer";
    quals.push(`${f.severityFallback} if ${on} is not confirmed`);
  }
  if (f.severityPending !== undefined) quals.push(`${f.severityPending} if a pending condition is confirmed`);
  const base = f.outcome === 'review' ? `${f.severity} if confirmed` : f.severity;
  return quals.length > 0 ? `${base} (${quals.join('; ')})` : base;
}

/** Articles of a citation as printed; CSL citations show both numberings (invariant I-10). */
export function articlesText(ref: LegalRef): string | undefined {
  if (ref.cslArticles !== undefined) {
    const { y2017, y2026 } = ref.cslArticles;
    const a2017 = withArt(y2017 ?? '');
    const a2026 = withArt(y2026);
    return y2017 === null || y2017 === '' ? `${a2026} (2026 text; no 2017 equivalent)` : `${a2017} (2026 text: ${a2026})`;
  }
  return ref.articles;
}

function withArt(a: string): string {
  return /^(art|§)/i.test(a.trim()) ? a.trim() : `Art. ${a.trim()}`;
}

/** A profile or trace value in words: arrays joined, booleans and numbers as written, objects as JSON. */
export function valueText(v: unknown): string {
  if (v === undefined) return 'unknown';
  if (v === null) return 'none';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? '(none selected)' : v.map(valueText).join(', ');
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
}

/** True when an answer is `unknown` (or a set that contains `unknown`). */
export function isUnknownValue(v: unknown): boolean {
  if (v === 'unknown' || v === undefined) return true;
  return Array.isArray(v) && v.includes('unknown');
}

/** "vendor.hq_jurisdiction" → "Vendor: hq jurisdiction". Labels stay close to the field names the brief uses. */
export function fieldLabel(path: string): string {
  const [section, ...rest] = path.split('.');
  const field = rest.join('.').replace(/_/g, ' ');
  const sec = section === undefined || section === '' ? '' : section.charAt(0).toUpperCase() + section.slice(1);
  return field === '' ? sec : `${sec}: ${field}`;
}

/** Section titles of the profile (contracts.md). */
export const SECTION_TITLE: Readonly<Record<string, string>> = {
  vendor: 'Vendor',
  product: 'Product',
  customer: 'Customer',
  system: 'Graded system',
  data: 'Data',
  ops: 'Operations',
  travel: 'Travel',
};

/** Profile sections in questionnaire order. */
export const PROFILE_SECTIONS: readonly string[] = ['vendor', 'product', 'customer', 'system', 'data', 'ops', 'travel'];

/** The fixed "not legal advice" statement every report carries. */
export const NOT_LEGAL_ADVICE: readonly string[] = [
  'This report is not legal advice. It is a structured estimate produced by Airlock from the answers recorded in this review and from a catalogue of Chinese laws, regulations, standards and official documents, each tagged with how certain the research behind it is (VS verified from source, WR widely reported, U uncertain).',
  "The MLPS level shown is an estimate. Grading is the network operator's decision, subject to the expert panel's review and the public security organ's filing; the operator's filed level prevails.",
  'Counsel must confirm each finding, its legal basis and its severity against the official texts before relying on it. Findings marked "needs review" depend on unknown answers or uncertain law and must not be read as cleared.',
];
