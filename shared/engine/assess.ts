/**
 * `assess(profile)`: runs every rule of the catalogue on a validated profile and returns the assessment of
 * contracts.md. Pure and deterministic: no clock, no randomness; findings come in catalogue order.
 *
 * Outcome per rule (brief §15.7): the trigger is evaluated with every `likely` answer read as confirmed (pos) and as
 * not confirmed (neg). FIRE in both → fire; in pos only → conditional; unknown → review; a rule whose trigger column
 * says "→ REVIEW" (forcedReview) is review whenever it would fire.
 */
import { CATALOGUE } from '../catalogue';
import type { Catalogue } from '../catalogue/rule-types';
import type { Confidence, LegalRef } from '../catalogue/types';
import type { Profile } from '../profile/types';
import type { Assessment, Finding, Outcome, TraceEntry } from './assessment';
import { compileCatalogue, lowerConfidence } from './compile';
import type { CompiledCatalogue, CompiledRule } from './compile';
import { explain, GROUND_BITS, groundNames, likelyOf, truthOf } from './evaluate';
import type { EvalContext, Grounds, ScenarioOutcome } from './evaluate';
import { Answers } from './facts';
import type { Scenario, Truth4 } from './facts';
import { estimateMlps } from './mlps';
import type { MlpsResult } from './mlps';
import { ScoreTotals, severityWeight } from './scores';
import { decideSeverity } from './severity';

/** Version of the engine code; bumped when outcomes can change for the same catalogue. */
export const ENGINE_VERSION = '1.0.0';

/** Fixed wording every assessment carries (brief front matter). */
export const DISCLAIMER =
  'Not legal advice. Grading is the operator\'s decision, reviewed by an expert panel and the PSB; counsel must confirm each finding before it is relied on. Findings marked REVIEW depend on an unknown answer or an uncertain legal basis and must not be read as "no exposure".';

/**
 * One assessment run: the context conditions read, with each condition's result and each rule's outcome per
 * scenario computed once, on first use (rules reference one another; compile.ts has checked there is no cycle).
 */
class Run implements EvalContext {
  readonly hasLikely: boolean;
  readonly memo: Readonly<Record<Scenario, (Truth4 | undefined)[]>>;
  private readonly outcomes: Readonly<Record<Scenario, (ScenarioOutcome | undefined)[]>>;

  constructor(
    readonly compiled: CompiledCatalogue,
    readonly answers: Answers,
    readonly mlps: MlpsResult,
  ) {
    this.hasLikely = answers.hasLikely();
    // Without a `likely` answer the negative scenario is the positive one (evaluate.ts reads `pos` for both).
    const pos = new Array<Truth4 | undefined>(compiled.memoSlots);
    this.memo = { pos, neg: this.hasLikely ? new Array<Truth4 | undefined>(compiled.memoSlots) : pos };
    const outcomes: (ScenarioOutcome | undefined)[] = [];
    this.outcomes = { pos: outcomes, neg: this.hasLikely ? [] : outcomes };
  }

  private rule(i: number): CompiledRule {
    const rule = this.compiled.rules[i];
    if (rule === undefined) throw new Error(`No rule at index ${i}.`);
    return rule;
  }

  /** The result of rule `i`'s trigger in scenario `s`. */
  trigger(i: number, s: Scenario): Truth4 {
    return truthOf(this.rule(i).trigger, this, s);
  }

  ruleOutcome(i: number, s: Scenario): ScenarioOutcome {
    const memo = s === 'pos' ? this.outcomes.pos : this.outcomes.neg;
    let o = memo[i];
    if (o === undefined) {
      o = this.scenarioOutcome(i, s);
      memo[i] = o;
    }
    return o;
  }

  ruleLikely(i: number, into: Set<string>): void {
    likelyOf(this.rule(i).trigger, this, into);
  }

  /** FIRE where the trigger holds, unless the rule is forced to REVIEW there; REVIEW where it is unknown. */
  private scenarioOutcome(i: number, s: Scenario): ScenarioOutcome {
    const rule = this.rule(i);
    const t = truthOf(rule.trigger, this, s);
    if (t === true) {
      if (!rule.rule.forcedReview) return 'fire';
      const w = rule.forcedWhen ? truthOf(rule.forcedWhen, this, s) : true;
      return w === true || w === 'unknown' ? 'review' : 'fire';
    }
    return t === 'unknown' ? 'review' : 'no';
  }
}

function combineOutcome(pos: ScenarioOutcome, neg: ScenarioOutcome): Outcome {
  if (pos === 'fire') return neg === 'fire' ? 'fire' : 'conditional';
  if (pos === 'review' || neg === 'review') return 'review';
  return neg === 'fire' ? 'conditional' : 'no';
}

/** Whether another entry before index `n` has the same field and test. */
function seenBefore(entries: readonly TraceEntry[], n: number, e: TraceEntry): boolean {
  for (let k = 0; k < n; k++) {
    const d = entries[k];
    if (d !== undefined && d.field === e.field && d.test === e.test) return true;
  }
  return false;
}

/** Drops repeated tests (same field and test), keeping the first; in place. Traces are short: a scan beats hashing. */
function dedupe(entries: TraceEntry[]): TraceEntry[] {
  let n = 0;
  for (const e of entries) if (!seenBefore(entries, n, e)) entries[n++] = e;
  entries.length = n;
  return entries;
}

/** Assesses a validated profile (see `validateProfile`) against a catalogue (default: the shipped one). */
export function assess(profile: Profile, catalogue: Catalogue = CATALOGUE): Assessment {
  const compiled = compileCatalogue(catalogue);
  const { rules } = compiled;
  const answers = new Answers(profile);
  const mlps = estimateMlps(profile, answers);
  const run = new Run(compiled, answers, mlps);
  const findings: Finding[] = [];
  const totals = new ScoreTotals();
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule === undefined) continue;
    const outcome = combineOutcome(run.ruleOutcome(i, 'pos'), run.ruleOutcome(i, 'neg'));
    if (outcome !== 'no') findings.push(toFinding(rule, i, outcome, run, totals));
  }
  const assessment: Building<Assessment> = { catalogueVersion: catalogue.version, engineVersion: ENGINE_VERSION, mlps: mlps.estimate };
  if (mlps.notApplicable) assessment.mlpsNotApplicable = mlps.notApplicable;
  assessment.findings = findings;
  // The same as computeScores(findings), from the weights noted while building the findings.
  assessment.scores = totals.scores();
  assessment.sectionsAssessed = [...answers.sections];
  assessment.disclaimer = DISCLAIMER;
  return assessment as Assessment;
}

/**
 * An object of a public type being built field by field, in the order of its type: optional fields are added only
 * where they apply (never as `undefined`), so the JSON form keeps its property order. Spreading `...(x ? {…} : {})`
 * did the same but cost most of the engine's time.
 */
type Building<T> = { -readonly [K in keyof T]?: T[K] };

/** The finding of rule `i`; adds its weight to the score totals. */
function toFinding(cr: CompiledRule, i: number, outcome: Exclude<Outcome, 'no'>, run: Run, totals: ScoreTotals): Finding {
  const rule = cr.rule;
  const tPos = run.trigger(i, 'pos');
  const tNeg = run.trigger(i, 'neg');
  const trace: TraceEntry[] = [];
  const triggerGrounds = explain(cr.trigger, run, trace);
  let reasons: Grounds = 0;
  if (outcome === 'review') {
    if (tPos === 'unknown' || tNeg === 'unknown') reasons |= triggerGrounds;
    const forcedGrounds = cr.forcedWhen ? explain(cr.forcedWhen, run, trace) : 0;
    if (rule.forcedReview && (tPos === true || tNeg === true)) {
      reasons |= GROUND_BITS['uncertain-basis'];
      if (cr.forcedWhen && truthOf(cr.forcedWhen, run, 'pos') === 'unknown') reasons |= forcedGrounds;
    }
  }
  const sev = decideSeverity(cr.severity, run, outcome, trace);

  let legalBasis: readonly LegalRef[] = rule.legalBasis;
  let confidence: Confidence = cr.baseConfidence;
  for (const b of cr.extraBasis) {
    if (truthOf(b.when, run, 'pos') !== true) continue;
    legalBasis = [...legalBasis, ...b.refs];
    for (const r of b.refs) confidence = lowerConfidence(confidence, r.confidence);
  }
  for (const c of cr.caps) if (truthOf(c.when, run, 'pos') === true) confidence = lowerConfidence(confidence, c.confidence);

  let conditionalOn: string[] = [];
  if (run.hasLikely && outcome !== 'fire') {
    const likely = new Set<string>();
    likelyOf(cr.trigger, run, likely);
    conditionalOn = [...likely].sort();
  }
  const factsOutcome = outcome === 'review' && rule.forcedReview && tPos === true ? (tNeg === true ? 'fire' : 'conditional') : undefined;
  totals.add(severityWeight(sev.severity, factsOutcome ?? outcome), cr.exposureMask);

  const f: Building<Finding> = { ruleId: rule.id, ruleVersion: rule.version, outcome, severity: sev.severity };
  if (sev.fallback) f.severityFallback = sev.fallback;
  if (sev.pending) f.severityPending = sev.pending;
  if (sev.reason) f.severityReason = sev.reason;
  f.exposure = rule.exposure;
  f.confidence = confidence;
  f.title = rule.title.en;
  if (rule.title.zh) f.titleZh = rule.title.zh;
  f.rationale = rule.rationale.en;
  if (rule.rationale.zh) f.rationaleZh = rule.rationale.zh;
  f.legalBasis = legalBasis;
  f.mitigations = rule.mitigations;
  if (cr.mitigationNotes) f.mitigationNotes = cr.mitigationNotes;
  f.trace = dedupe(trace);
  if (reasons !== 0) f.reviewReasons = groundNames(reasons);
  if (factsOutcome) f.factsOutcome = factsOutcome;
  if (conditionalOn.length > 0) f.conditionalOn = conditionalOn;
  if (rule.notice) {
    f.notice = rule.notice.en;
    if (rule.notice.zh) f.noticeZh = rule.notice.zh;
  }
  return f as Finding;
}
