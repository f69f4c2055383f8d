/**
 * Search and filters of the catalogue browser, as pure functions over the catalogue data. A query matches when every
 * word of it occurs (case-insensitive) in one of the entry's searchable texts.
 */
import type { Rule, RuleFamily } from '../../../shared/catalogue/rule-types';
import type { Confidence, ExposureKind, Instrument, InstrumentKind, InstrumentStatus, Mitigation, Severity } from '../../../shared/catalogue/types';
import { CONFIDENCE_RANK } from '../../../shared/catalogue/types';
import { instrumentById, ruleInstrumentIds } from '../../../shared/catalogue/usage';

export const RULE_FAMILIES: readonly RuleFamily[] = ['G', 'SC', 'CT', 'MR', 'IN', 'DA', 'DC', 'VU', 'RM', 'TR'];
export const CONFIDENCES: readonly Confidence[] = ['VS', 'WR', 'U'];
export const INSTRUMENT_KINDS: readonly InstrumentKind[] = ['law', 'regulation', 'departmental-rule', 'normative-document', 'standard', 'template', 'precedent', 'report'];
export const INSTRUMENT_STATUSES: readonly InstrumentStatus[] = ['in-force', 'in-force-amended', 'repealed', 'suspended', 'draft', 'not-public', 'withdrawn'];

export interface RuleFilters {
  readonly query: string;
  readonly family: RuleFamily | 'all';
  readonly exposure: ExposureKind | 'all';
  /** `none`: derivation rules (no severity). Matches any severity a rule can reach (base or a step). */
  readonly severity: Severity | 'none' | 'all';
  readonly confidence: Confidence | 'all';
  readonly reviewByDesign: boolean;
}

export interface InstrumentFilters {
  readonly query: string;
  readonly kind: InstrumentKind | 'all';
  readonly status: InstrumentStatus | 'all';
  readonly confidence: Confidence | 'all';
  readonly currency: 'all' | 'current' | 'historical';
}

export interface MitigationFilters {
  readonly query: string;
}

export const DEFAULT_RULE_FILTERS: RuleFilters = { query: '', family: 'all', exposure: 'all', severity: 'all', confidence: 'all', reviewByDesign: false };
export const DEFAULT_INSTRUMENT_FILTERS: InstrumentFilters = { query: '', kind: 'all', status: 'all', confidence: 'all', currency: 'all' };
export const DEFAULT_MITIGATION_FILTERS: MitigationFilters = { query: '' };

/** A rule's confidence: the lowest tag of its legal basis ("the lowest tag wins"). */
export function ruleConfidence(rule: Rule): Confidence {
  let lowest: Confidence = 'VS';
  for (const ref of rule.legalBasis) if (CONFIDENCE_RANK[ref.confidence] < CONFIDENCE_RANK[lowest]) lowest = ref.confidence;
  return lowest;
}

/** Every severity a rule can give (base and steps); empty for derivation rules. */
export function ruleSeverities(rule: Rule): readonly Severity[] {
  if (!rule.severity) return [];
  return [rule.severity.base, ...(rule.severity.steps ?? []).map((s) => s.severity)];
}

/** Rules the catalogue keeps at REVIEW by design (always, or in a stated case). */
export function isReviewByDesign(rule: Rule): boolean {
  return rule.forcedReview !== undefined;
}

function matches(query: string, texts: readonly (string | undefined)[]): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = texts.filter((x): x is string => typeof x === 'string').join('\n').toLowerCase();
  return words.every((w) => hay.includes(w));
}

function ruleTexts(rule: Rule): (string | undefined)[] {
  const instruments = ruleInstrumentIds(rule).flatMap((id) => {
    const i = instrumentById(id);
    return i ? [i.id, i.short, i.name.en, i.name.zh, i.docNumber] : [id];
  });
  return [rule.id, rule.title.en, rule.title.zh, ...instruments];
}

export function filterRules(rules: readonly Rule[], f: RuleFilters): readonly Rule[] {
  return rules.filter((r) => {
    if (f.family !== 'all' && r.family !== f.family) return false;
    if (f.exposure !== 'all' && !r.exposure.includes(f.exposure)) return false;
    if (f.severity === 'none' && r.severity !== null) return false;
    if (f.severity !== 'all' && f.severity !== 'none' && !ruleSeverities(r).includes(f.severity)) return false;
    if (f.confidence !== 'all' && ruleConfidence(r) !== f.confidence) return false;
    if (f.reviewByDesign && !isReviewByDesign(r)) return false;
    return matches(f.query, ruleTexts(r));
  });
}

export function filterInstruments(instruments: readonly Instrument[], f: InstrumentFilters): readonly Instrument[] {
  return instruments.filter((i) => {
    if (f.kind !== 'all' && i.kind !== f.kind) return false;
    if (f.status !== 'all' && i.status !== f.status) return false;
    if (f.confidence !== 'all' && i.confidence !== f.confidence) return false;
    if (f.currency === 'current' && i.historical) return false;
    if (f.currency === 'historical' && !i.historical) return false;
    return matches(f.query, [i.id, i.short, i.name.en, i.name.zh, i.docNumber, i.issuer]);
  });
}

export function filterMitigations(mitigations: readonly Mitigation[], f: MitigationFilters): readonly Mitigation[] {
  return mitigations.filter((m) =>
    matches(f.query, [m.code, m.title.en, m.title.zh, m.description.en, m.description.zh, m.limits.en, m.limits.zh]),
  );
}
