/**
 * Where each catalogue entry is used: the rules citing an instrument (with the articles relied on), the rules
 * listing a mitigation, and the rules reading a profile field. Every function takes the catalogue as a parameter
 * (the shipped CATALOGUE by default), so it stays pure and testable.
 *
 * Historical instruments (repealed, suspended, draft, withdrawn) are context, never current law: a citation of one
 * is always marked `historicalContext`, with the instrument that replaced it where there is one.
 */
import { CATALOGUE } from './index';
import type { InstrumentId } from './instrument-ids';
import type { Catalogue, Condition, Rule } from './rule-types';
import type { Instrument, LegalRef } from './types';
import { conditionFields } from './describe';

/** One rule's citation of an instrument. */
export interface Citation {
  readonly ruleId: string;
  readonly ref: LegalRef;
  /** Set where the rule adds this citation only when a condition holds (Rule.extraBasis). */
  readonly when?: Condition;
  /** The cited instrument is historical: this citation is context, not current law. */
  readonly historicalContext: boolean;
  /** For a historical instrument: the one that replaced it, if any. */
  readonly replacedBy?: InstrumentId;
}

/** Everything the catalogue says about where one instrument is used. */
export interface InstrumentUsage {
  readonly instrument: Instrument;
  /** In rule order; a rule citing the instrument twice (different articles) appears twice. */
  readonly citations: readonly Citation[];
  /** Distinct ids of the citing rules, in rule order. */
  readonly ruleIds: readonly string[];
  /** Instruments this one replaced (their `replacedBy` is this id). */
  readonly replaces: readonly Instrument[];
  readonly historical: boolean;
}

function citationsOf(rule: Rule): readonly { ref: LegalRef; when?: Condition }[] {
  return [...rule.legalBasis.map((ref) => ({ ref })), ...(rule.extraBasis ?? []).flatMap((b) => b.refs.map((ref) => ({ ref, when: b.when })))];
}

/** The instrument with this id, or undefined. */
export function instrumentById(id: string, cat: Catalogue = CATALOGUE): Instrument | undefined {
  return cat.instruments.find((i) => i.id === id);
}

/** Where an instrument is cited, and what it replaced. Undefined for an id the catalogue does not hold. */
export function instrumentUsage(id: string, cat: Catalogue = CATALOGUE): InstrumentUsage | undefined {
  const instrument = instrumentById(id, cat);
  if (!instrument) return undefined;
  const citations: Citation[] = [];
  for (const rule of cat.rules) {
    for (const { ref, when } of citationsOf(rule)) {
      if (ref.instrument !== id) continue;
      citations.push({
        ruleId: rule.id,
        ref,
        ...(when ? { when } : {}),
        historicalContext: instrument.historical,
        ...(instrument.historical && instrument.replacedBy ? { replacedBy: instrument.replacedBy } : {}),
      });
    }
  }
  return {
    instrument,
    citations,
    ruleIds: [...new Set(citations.map((c) => c.ruleId))],
    replaces: cat.instruments.filter((i) => i.replacedBy === id),
    historical: instrument.historical,
  };
}

/** Ids of the instruments a rule cites (legal basis and conditional basis), without repeats, in citation order. */
export function ruleInstrumentIds(rule: Rule): readonly InstrumentId[] {
  return [...new Set(citationsOf(rule).map((c) => c.ref.instrument))];
}

/** Rules whose mitigation list names this code, in rule order. */
export function rulesListingMitigation(code: string, cat: Catalogue = CATALOGUE): readonly string[] {
  return cat.rules.filter((r) => (r.mitigations as readonly string[]).includes(code)).map((r) => r.id);
}

/** Every condition of a rule: trigger, forced-REVIEW case, severity steps, confidence caps and conditional basis. */
export function ruleConditions(rule: Rule): readonly Condition[] {
  return [
    rule.trigger,
    ...(rule.forcedReview?.when ? [rule.forcedReview.when] : []),
    ...(rule.severity?.steps ?? []).map((s) => s.when),
    ...(rule.confidenceCaps ?? []).map((c) => c.when),
    ...(rule.extraBasis ?? []).map((b) => b.when),
  ];
}

/** Field paths a rule reads anywhere in its conditions, plus its MLPS-estimator inputs. */
export function ruleFields(rule: Rule): readonly string[] {
  return [...new Set([...ruleConditions(rule).flatMap(conditionFields), ...(rule.estimatorInputs ?? [])])];
}

/** Rules that read a profile field (or derived fact), in rule order: what the questionnaire's "affects rules…" lists. */
export function rulesReadingField(path: string, cat: Catalogue = CATALOGUE): readonly string[] {
  return cat.rules.filter((r) => ruleFields(r).includes(path)).map((r) => r.id);
}
