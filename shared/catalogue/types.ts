/**
 * Catalogue vocabulary shared by the instruments table, the rules and the mitigations.
 * Everything here is data about the law, carried with the confidence the domain brief gives it.
 */
import type { InstrumentId } from './instrument-ids';

/** Confidence tags of the domain brief §0.1: verified-from-source, widely-reported, uncertain. */
export type Confidence = 'VS' | 'WR' | 'U';

/** Ordering used for "the lowest tag wins": U < WR < VS. */
export const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { U: 0, WR: 1, VS: 2 };

export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';
export const SEVERITIES: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

/** Exposure kinds a finding can carry. `derivation` marks the grading rules (G-01, G-03 …). */
export type ExposureKind =
  | 'source-code'
  | 'certification'
  | 'inspection'
  | 'data-access'
  | 'decryption'
  | 'vulnerability'
  | 'derivation';
export const EXPOSURE_KINDS: readonly ExposureKind[] = [
  'source-code',
  'certification',
  'inspection',
  'data-access',
  'decryption',
  'vulnerability',
  'derivation',
];

/** Bilingual text. Chinese may be absent only where the brief gives none; the UI then shows English. */
export interface LocalText {
  readonly en: string;
  readonly zh?: string;
}

export type InstrumentKind =
  | 'law'
  | 'regulation'
  | 'departmental-rule'
  | 'normative-document'
  | 'standard'
  | 'template'
  | 'precedent'
  | 'report';

export type InstrumentStatus =
  | 'in-force'
  | 'in-force-amended'
  | 'repealed'
  | 'suspended'
  | 'draft'
  | 'not-public'
  | 'withdrawn';

/** One legal instrument, standard, official document, precedent or press report cited by the catalogue. */
export interface Instrument {
  readonly id: InstrumentId;
  readonly kind: InstrumentKind;
  readonly name: LocalText;
  /** Short English name used in citations, e.g. "CSL", "GB/T 22239-2019", "MPS Order No. 176". */
  readonly short: string;
  readonly issuer: string;
  /** Document number, e.g. "公通字〔2007〕43号", "State Council Decree No. 745". */
  readonly docNumber?: string;
  /** ISO dates (YYYY-MM-DD, or YYYY-MM / YYYY where the brief is no more precise). */
  readonly adopted?: string;
  /** Promulgation/publication date where the brief gives one distinct from adoption (same ISO shapes). */
  readonly promulgated?: string;
  readonly effective?: string;
  readonly status: InstrumentStatus;
  /** Id of the instrument that replaced or superseded this one. */
  readonly replacedBy?: InstrumentId;
  /** Historical instruments are shown for context and never cited as current law. */
  readonly historical: boolean;
  readonly confidence: Confidence;
  /** Where the brief discusses it (e.g. "§3.2"). */
  readonly briefRef: string;
  readonly notes?: LocalText;
}

/** One citation: an instrument, the articles relied on, and how sure we are of this point. */
export interface LegalRef {
  readonly instrument: InstrumentId;
  /** Articles or clauses as cited, e.g. "8.1.9.5 c". For the CSL use `cslArticles` instead. */
  readonly articles?: string;
  /** Cybersecurity Law citations carry both numberings (brief §0.2, invariant I-10). */
  readonly cslArticles?: { readonly y2017: string | null; readonly y2026: string };
  readonly confidence: Confidence;
  readonly note?: string;
}

export type MitigationCode = `M-${string}`;

export interface Mitigation {
  readonly code: MitigationCode;
  readonly title: LocalText;
  /** What it does. */
  readonly description: LocalText;
  /** What it does and does not achieve (brief §18, third column). */
  readonly limits: LocalText;
  /** Rule ids it addresses, as the brief lists them. */
  readonly addresses: readonly string[];
}
