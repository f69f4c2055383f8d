/**
 * Exposure scores (0–100) from findings. Each finding has a weight: severity weight × outcome factor, times a
 * mitigation factor for residual scores. An index is a saturating function of the sum of the weights of the
 * findings that carry its exposure kind, so adding or worsening a finding never lowers it (monotone), and it never
 * reaches 100 through a single finding.
 */
import type { LocalText, Severity } from '../catalogue/types';
import type { ExposureKind } from '../catalogue/types';
import type { Finding, Outcome, Scores } from './assessment';

/**
 * Weight of each severity. `info` findings (G-02: "the 2025 template may grade higher") inform rather than expose,
 * and derivation findings (severity null) only explain the level, so both weigh nothing: otherwise a worse harm
 * answer that makes both matrices agree (national security × especially serious = 5) would lower a score.
 */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { info: 0, low: 1, medium: 2, high: 4, critical: 8 };

/**
 * A REVIEW finding counts half, a conditional one three quarters: unknowns never read as "no exposure". A REVIEW
 * only on legal grounds (facts settled, `factsOutcome`) counts as the fire or conditional it would be.
 */
export const OUTCOME_FACTOR: Readonly<Record<Exclude<Outcome, 'no'>, number>> = { fire: 1, conditional: 0.75, review: 0.5 };

/** Share of a finding's weight removed when every mitigation it lists is implemented (pro rata for some). */
export const MITIGATION_REDUCTION = 0.75;

/** Total weight at which an index reaches 50. */
export const HALF_POINTS = { sourceCode: 4, inspection: 12, perKind: 6 } as const;

/** Exposure kinds the inspection / state-access index covers. */
export const STATE_ACCESS_KINDS: readonly ExposureKind[] = ['inspection', 'data-access', 'decryption'];

type ScoredKind = Exclude<ExposureKind, 'derivation'>;
const SCORED_KINDS: readonly ScoredKind[] = ['source-code', 'certification', 'inspection', 'data-access', 'decryption', 'vulnerability'];

export interface ScoreOptions {
  /** Whether mitigation `code` is implemented for the finding of `ruleId` (residual scores). */
  readonly implemented?: (ruleId: string, code: string) => boolean;
}

/** The weight of a finding of this severity and outcome (its `factsOutcome` where it has one), unmitigated. */
export function severityWeight(severity: Severity | null, outcome: Exclude<Outcome, 'no'>): number {
  return severity === null ? 0 : SEVERITY_WEIGHT[severity] * OUTCOME_FACTOR[outcome];
}

/** The weight a finding adds to every index its exposure kinds feed. */
export function findingWeight(f: Finding, opts: ScoreOptions = {}): number {
  if (f.severity === null) return 0;
  const raw = severityWeight(f.severity, f.factsOutcome ?? f.outcome);
  const impl = opts.implemented;
  if (!impl || f.mitigations.length === 0) return raw;
  const done = f.mitigations.filter((c) => impl(f.ruleId, c)).length;
  return raw * (1 - MITIGATION_REDUCTION * (done / f.mitigations.length));
}

/** 100 × (1 − 2^(−total / half)), rounded: 0 for no exposure, 50 at `half`, approaching 100. */
export function indexOf(total: number, half: number): number {
  return Math.round(100 * (1 - Math.pow(2, -total / half)));
}

/** Bit of each scored kind in an exposure mask. */
const KIND_BIT: ReadonlyMap<ExposureKind, number> = new Map(SCORED_KINDS.map((k, i) => [k, 1 << i]));
const SOURCE_CODE_BITS = KIND_BIT.get('source-code') ?? 0;
const STATE_ACCESS_BITS = STATE_ACCESS_KINDS.reduce((m, k) => m | (KIND_BIT.get(k) ?? 0), 0);

/** The scored kinds among `kinds`, as bits (a rule's exposure kinds are fixed, so the engine computes this once). */
export function exposureMask(kinds: readonly ExposureKind[]): number {
  return kinds.reduce((m, k) => m | (KIND_BIT.get(k) ?? 0), 0);
}

/**
 * The totals behind the scores, added up finding by finding: each weight is added, in finding order, to every
 * index its exposure kinds feed (the same sums, in the same order, as adding up each index on its own).
 */
export class ScoreTotals {
  private sourceCode = 0;
  private inspection = 0;
  private readonly perKind: number[] = SCORED_KINDS.map(() => 0);

  /** Adds a finding's weight; `mask` is `exposureMask` of its exposure kinds. */
  add(weight: number, mask: number): void {
    if (mask & SOURCE_CODE_BITS) this.sourceCode += weight;
    if (mask & STATE_ACCESS_BITS) this.inspection += weight;
    for (let i = 0; i < this.perKind.length; i++) if (mask & (1 << i)) this.perKind[i] = (this.perKind[i] ?? 0) + weight;
  }

  scores(): Scores {
    const byExposure: Partial<Record<ScoredKind, number>> = {};
    SCORED_KINDS.forEach((k, i) => {
      byExposure[k] = indexOf(this.perKind[i] ?? 0, HALF_POINTS.perKind);
    });
    return {
      sourceCode: indexOf(this.sourceCode, HALF_POINTS.sourceCode),
      inspection: indexOf(this.inspection, HALF_POINTS.inspection),
      byExposure: byExposure as Record<ScoredKind, number>,
    };
  }
}

/** Scores of a set of findings; with `opts.implemented`, the residual scores after implemented mitigations. */
export function computeScores(findings: readonly Finding[], opts: ScoreOptions = {}): Scores {
  const totals = new ScoreTotals();
  for (const f of findings) totals.add(findingWeight(f, opts), exposureMask(f.exposure));
  return totals.scores();
}

/** Residual scores: as `computeScores`, with implemented mitigations reducing their findings' weights. Always ≤ raw. */
export function computeResidualScores(findings: readonly Finding[], implemented: (ruleId: string, code: string) => boolean): Scores {
  return computeScores(findings, { implemented });
}

/** The formula in plain words, as the app shows it. */
export const SCORE_METHOD: LocalText = {
  en: [
    'Each finding weighs its severity (low 1, medium 2, high 4, critical 8; informational and derivation findings 0) times its outcome (fire 1, conditional 0.75, review 0.5: an open question still counts; a review only on legal grounds, with the facts settled, counts as the fire or conditional it would be).',
    'An index adds the weights of the findings that carry its exposure kind and maps the total T to 100 × (1 − 2^(−T/H)), rounded, where H is the total that gives 50:',
    'source-code index H = 4 (one confirmed high finding gives 50); inspection / state-access index (inspection, data-access and decryption findings) H = 12; each per-kind index H = 6.',
    'The indices only rise when a finding is added or gets worse. Residual scores multiply a finding\'s weight by 1 − 0.75 × (implemented mitigations ÷ mitigations listed), so a fully mitigated finding keeps a quarter of its weight: mitigations reduce exposure, they do not remove the legal duty.',
    'Scores rank exposure for comparison; they are not a probability and not legal advice.',
  ].join(' '),
  zh: [
    '每项发现的权重＝严重程度权重（低1、中2、高4、严重8；提示类和定级推导类为0）×结论系数（触发1、有条件触发0.75、待复核0.5：未决问题仍计入；事实已确定、仅因法律依据不确定而待复核的，按其本应的触发或有条件触发计）。',
    '各指数将带有相应暴露类型的发现权重相加，总和T按 100×(1−2^(−T/H)) 换算并取整，H为得分50时的总权重：',
    '源代码指数H＝4；检查与国家访问指数（检查、数据调取、解密类发现）H＝12；各暴露类型指数H＝6。',
    '新增或加重发现只会使指数上升。剩余风险分数将发现权重乘以 1−0.75×（已实施缓解措施数÷所列缓解措施数），全部实施后仍保留四分之一权重：缓解措施降低暴露，但不免除法定义务。',
    '分数用于比较暴露程度，不是概率，也不构成法律意见。',
  ].join(''),
};
