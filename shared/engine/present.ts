/**
 * Presentation of an assessment, pure and reusable by the app and the reports: effective severity after a
 * reviewer's override, the reading order of findings (critical first), grouping by exposure kind, the exposure ×
 * severity heatmap counts, finding filters, and what a REVIEW finding is waiting for (unknown answers, rules it
 * depends on). Nothing here changes an outcome: it only orders, counts and explains what `assess()` returned.
 */
import { CATALOGUE } from '../catalogue';
import type { Catalogue, Condition } from '../catalogue/rule-types';
import { EXPOSURE_KINDS, SEVERITIES } from '../catalogue/types';
import type { ExposureKind, Severity } from '../catalogue/types';
import type { FindingDecision, SeverityOverride } from '../review/types';
import type { Finding, Outcome } from './assessment';

export type FindingOutcome = Exclude<Outcome, 'no'>;
export type ScoredKind = Exclude<ExposureKind, 'derivation'>;

/** Exposure kinds that have a score and a heatmap row, in catalogue order. */
export const SCORED_KINDS: readonly ScoredKind[] = EXPOSURE_KINDS.filter((k): k is ScoredKind => k !== 'derivation');
/** Severities from worst to mildest (reading order). */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();
/** Outcomes in reading order: settled findings before conditional ones before open questions. */
export const OUTCOMES: readonly FindingOutcome[] = ['fire', 'conditional', 'review'];

/** Rank of a severity (info 0 … critical 4); derivation findings (null) rank below info. */
export function severityRank(s: Severity | null): number {
  return s === null ? -1 : SEVERITIES.indexOf(s);
}

/** A finding as the reader sees it: with the reviewer's override applied and its place in the catalogue. */
export interface PresentedFinding {
  readonly finding: Finding;
  /** Position in the assessment (catalogue order), the last tie-breaker. */
  readonly order: number;
  /** Effective severity: the override's when there is one, else the engine's. */
  readonly severity: Severity | null;
  /** The reviewer's override, when the severity was changed (the engine's severity stays in `finding.severity`). */
  readonly override?: SeverityOverride;
  /** The group it is listed in: its first exposure kind other than `derivation` (or `derivation`). */
  readonly primaryKind: ExposureKind;
}

/** The first exposure kind that is not `derivation`, or `derivation` for pure grading findings. */
export function primaryKind(f: Finding): ExposureKind {
  return f.exposure.find((k) => k !== 'derivation') ?? 'derivation';
}

/** The severity the reader should act on: the override's (with its justification) or the engine's. */
export function effectiveSeverity(f: Finding, decision?: FindingDecision): Severity | null {
  return decision?.severityOverride?.severity ?? f.severity;
}

/** Worst effective severity first, then fire → conditional → review, then catalogue order. */
export function compareFindings(a: PresentedFinding, b: PresentedFinding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    OUTCOMES.indexOf(a.finding.outcome) - OUTCOMES.indexOf(b.finding.outcome) ||
    a.order - b.order
  );
}

/** Every finding with its decision applied, in reading order. */
export function presentFindings(findings: readonly Finding[], decisions: { readonly [ruleId: string]: FindingDecision }): PresentedFinding[] {
  return findings
    .map((finding, order) => {
      const override = decisions[finding.ruleId]?.severityOverride;
      return { finding, order, severity: override?.severity ?? finding.severity, primaryKind: primaryKind(finding), ...(override ? { override } : {}) };
    })
    .sort(compareFindings);
}

export interface FindingGroup {
  readonly kind: ExposureKind;
  readonly items: readonly PresentedFinding[];
}

/** Groups by primary exposure kind, in catalogue kind order (derivation last); empty groups are left out. */
export function groupByKind(items: readonly PresentedFinding[]): FindingGroup[] {
  return EXPOSURE_KINDS.map((kind) => ({ kind, items: items.filter((i) => i.primaryKind === kind).sort(compareFindings) })).filter((g) => g.items.length > 0);
}

/** One heatmap cell: findings carrying the kind with that effective severity. */
export interface HeatCell {
  readonly count: number;
  /** Of `count`, how many are REVIEW (open questions, counted, never hidden). */
  readonly review: number;
  readonly conditional: number;
  /** Of `count`, how many have a reviewer-overridden severity. */
  readonly overridden: number;
  readonly ruleIds: readonly string[];
}

export type Heatmap = Readonly<Record<ScoredKind, Readonly<Record<Severity, HeatCell>>>>;

/**
 * Exposure kind × effective severity counts. A finding counts in the row of every kind it carries (as the scores
 * do), so a cell equals what the findings list shows when filtered by that kind and severity. Derivation-only
 * findings (no severity) are not counted.
 */
export function exposureHeatmap(items: readonly PresentedFinding[]): Heatmap {
  const row = (kind: ScoredKind): Record<Severity, HeatCell> => {
    const cells = {} as Record<Severity, HeatCell>;
    for (const s of SEVERITIES) {
      const hit = items.filter((i) => i.severity === s && i.finding.exposure.includes(kind));
      cells[s] = {
        count: hit.length,
        review: hit.filter((i) => i.finding.outcome === 'review').length,
        conditional: hit.filter((i) => i.finding.outcome === 'conditional').length,
        overridden: hit.filter((i) => i.override !== undefined).length,
        ruleIds: hit.map((i) => i.finding.ruleId),
      };
    }
    return cells;
  };
  return Object.fromEntries(SCORED_KINDS.map((k) => [k, row(k)])) as unknown as Heatmap;
}

/** What the findings list shows. Empty lists mean "any". */
export interface FindingFilter {
  readonly outcomes: readonly FindingOutcome[];
  readonly severities: readonly Severity[];
  readonly kinds: readonly ExposureKind[];
  readonly text: string;
}

export const NO_FILTER: FindingFilter = { outcomes: [], severities: [], kinds: [], text: '' };

export function isFiltered(f: FindingFilter): boolean {
  return f.outcomes.length > 0 || f.severities.length > 0 || f.kinds.length > 0 || f.text.trim() !== '';
}

/** Whether a finding passes the filter (kind: carries it; severity: effective; text: id, titles, rationale). */
export function matchesFilter(item: PresentedFinding, filter: FindingFilter): boolean {
  const f = item.finding;
  if (filter.outcomes.length > 0 && !filter.outcomes.includes(f.outcome)) return false;
  if (filter.severities.length > 0 && (item.severity === null || !filter.severities.includes(item.severity))) return false;
  if (filter.kinds.length > 0 && !f.exposure.some((k) => filter.kinds.includes(k))) return false;
  const q = filter.text.trim().toLowerCase();
  if (q === '') return true;
  const hay = [f.ruleId, f.title, f.titleZh, f.rationale, f.rationaleZh, f.notice, f.noticeZh].filter((s): s is string => typeof s === 'string');
  return hay.some((s) => s.toLowerCase().includes(q));
}

/**
 * Profile or derived fields whose unknown answer the finding rests on: tests that came out unknown, and tests that
 * saw an `unknown` answer (an "→ REVIEW" branch tests `isUnknown`, which is itself true). `rule:` and open-question
 * entries are left out (see `dependencyRuleIds`, `openQuestionNotes`).
 */
export function unknownAnswerFields(f: Finding): string[] {
  const isField = (field: string): boolean => /^[a-z_]+\.[a-z_0-9]+$/.test(field);
  return [...new Set(f.trace.filter((e) => isField(e.field) && (e.result === 'unknown' || e.value === 'unknown')).map((e) => e.field))];
}

/** The rule's own wording of the open question behind an "→ REVIEW" branch (trace `review-if` entries). */
export function openQuestionNotes(f: Finding): string[] {
  return [...new Set(f.trace.filter((e) => e.field === 'review-if' && e.result === 'unknown' && typeof e.value === 'string').map((e) => String(e.value)))];
}

/** Rules this finding depends on that are themselves open (trace `rule:XX-00` entries with an unknown result). */
export function dependencyRuleIds(f: Finding): string[] {
  return [...new Set(f.trace.filter((e) => e.result === 'unknown' && e.field.startsWith('rule:')).map((e) => e.field.slice(5)))];
}

function conditionFields(c: Condition, out: Set<string>): void {
  if ('all' in c) c.all.forEach((x) => conditionFields(x, out));
  else if ('any' in c) c.any.forEach((x) => conditionFields(x, out));
  else if ('not' in c) conditionFields(c.not, out);
  else if ('unknownIf' in c) conditionFields(c.unknownIf, out);
  else if ('field' in c) out.add(c.field);
}

/**
 * Fields read by the severity step(s) of a rule that give `severity`: what a "(critical if … is confirmed)" or
 * "(medium if … is not confirmed)" qualification turns on. The base severity reads no field (empty list).
 */
export function severityStepFields(ruleId: string, severity: Severity, catalogue: Catalogue = CATALOGUE): string[] {
  const rule = catalogue.rules.find((r) => r.id === ruleId);
  const out = new Set<string>();
  for (const step of rule?.severity?.steps ?? []) if (step.severity === severity) conditionFields(step.when, out);
  return [...out];
}

/** The residual-score predicate for `computeResidualScores`: whether a finding's mitigation is implemented. */
export function implementedMitigations(decisions: { readonly [ruleId: string]: FindingDecision }): (ruleId: string, code: string) => boolean {
  return (ruleId, code) => decisions[ruleId]?.mitigations?.[code as `M-${string}`]?.status === 'implemented';
}
