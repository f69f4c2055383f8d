/**
 * `assess(profile)`: runs every rule of the catalogue on a validated profile and returns the assessment of
 * contracts.md. Pure and deterministic: no clock, no randomness; findings come in catalogue order.
 *
 * Outcome per rule (brief §15.7): the trigger is evaluated with every `likely` answer read as confirmed (pos) and as
 * not confirmed (neg). FIRE in both → fire; in pos only → conditional; unknown → review; a rule whose trigger column
 * says "→ REVIEW" (forcedReview) is review whenever it would fire.
 */
import { CATALOGUE } from '../catalogue';
import type { Catalogue, Rule } from '../catalogue/rule-types';
import { CONFIDENCE_RANK } from '../catalogue/types';
import type { Confidence } from '../catalogue/types';
import { SECTIONS } from '../profile/fields';
import type { Profile } from '../profile/types';
import type { Assessment, Finding, Outcome, TraceEntry } from './assessment';
import { evaluate } from './evaluate';
import type { EvalContext, Evaluated, ReviewReason, RuleRefResult } from './evaluate';
import type { Scenario } from './facts';
import { estimateMlps } from './mlps';
import { computeScores } from './scores';
import { decideSeverity } from './severity';

/** Version of the engine code; bumped when outcomes can change for the same catalogue. */
export const ENGINE_VERSION = '1.0.0';

/** Fixed wording every assessment carries (brief front matter). */
export const DISCLAIMER =
  'Not legal advice. Grading is the operator\'s decision, reviewed by an expert panel and the PSB; counsel must confirm each finding before it is relied on. Findings marked REVIEW depend on an unknown answer or an uncertain legal basis and must not be read as "no exposure".';

interface RuleEval {
  readonly trigger: Evaluated;
  readonly forced: Evaluated | null;
}

function scenarioOutcome(rule: Rule, ev: RuleEval, s: Scenario): 'fire' | 'review' | 'no' {
  const t = ev.trigger[s];
  if (t === true) {
    if (!rule.forcedReview) return 'fire';
    const w = ev.forced?.[s] ?? true;
    return w === true || w === 'unknown' ? 'review' : 'fire';
  }
  return t === 'unknown' ? 'review' : 'no';
}

function combineOutcome(pos: 'fire' | 'review' | 'no', neg: 'fire' | 'review' | 'no'): Outcome {
  if (pos === 'fire') return neg === 'fire' ? 'fire' : 'conditional';
  if (pos === 'review' || neg === 'review') return 'review';
  return neg === 'fire' ? 'conditional' : 'no';
}

function lowestConfidence(tags: readonly Confidence[]): Confidence {
  return tags.reduce<Confidence>((lo, t) => (CONFIDENCE_RANK[t] < CONFIDENCE_RANK[lo] ? t : lo), 'VS');
}

function dedupe(entries: readonly TraceEntry[]): TraceEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const k = `${e.field}|${e.test}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Assesses a validated profile (see `validateProfile`) against a catalogue (default: the shipped one). */
export function assess(profile: Profile, catalogue: Catalogue = CATALOGUE): Assessment {
  const mlps = estimateMlps(profile);
  const byId = new Map(catalogue.rules.map((r) => [r.id, r]));
  const memo = new Map<string, RuleEval>();
  const visiting = new Set<string>();

  const ruleEval = (rule: Rule): RuleEval => {
    const hit = memo.get(rule.id);
    if (hit) return hit;
    if (visiting.has(rule.id)) throw new Error(`Rule ${rule.id} depends on itself.`);
    visiting.add(rule.id);
    const trigger = evaluate(rule.trigger, ctx);
    const forced = rule.forcedReview?.when ? evaluate(rule.forcedReview.when, ctx) : null;
    visiting.delete(rule.id);
    const ev = { trigger, forced };
    memo.set(rule.id, ev);
    return ev;
  };
  const ctx: EvalContext = {
    profile,
    mlps,
    ruleOutcome: (id: string, s: Scenario): RuleRefResult => {
      const rule = byId.get(id);
      if (!rule) throw new Error(`Unknown rule ${id} referenced.`);
      const ev = ruleEval(rule);
      return { outcome: scenarioOutcome(rule, ev, s), likely: [...ev.trigger.likely] };
    },
  };

  const findings: Finding[] = [];
  for (const rule of catalogue.rules) {
    const ev = ruleEval(rule);
    const outcome = combineOutcome(scenarioOutcome(rule, ev, 'pos'), scenarioOutcome(rule, ev, 'neg'));
    if (outcome === 'no') continue;
    findings.push(toFinding(rule, ev, outcome, ctx));
  }
  return {
    catalogueVersion: catalogue.version,
    engineVersion: ENGINE_VERSION,
    mlps: mlps.estimate,
    ...(mlps.notApplicable ? { mlpsNotApplicable: mlps.notApplicable } : {}),
    findings,
    scores: computeScores(findings),
    sectionsAssessed: SECTIONS.filter((s) => profile[s] !== undefined),
    disclaimer: DISCLAIMER,
  };
}

function toFinding(rule: Rule, ev: RuleEval, outcome: Exclude<Outcome, 'no'>, ctx: EvalContext): Finding {
  const sev = decideSeverity(rule.severity, ctx, outcome);
  const reasons = new Set<ReviewReason>();
  if (outcome === 'review') {
    if (ev.trigger.pos === 'unknown' || ev.trigger.neg === 'unknown') ev.trigger.grounds.forEach((g) => reasons.add(g));
    if (rule.forcedReview && (ev.trigger.pos === true || ev.trigger.neg === true)) {
      reasons.add('uncertain-basis');
      if (ev.forced?.pos === 'unknown') ev.forced.grounds.forEach((g) => reasons.add(g));
    }
  }
  const caps = (rule.confidenceCaps ?? []).filter((c) => evaluate(c.when, ctx).pos === true).map((c) => c.confidence);
  const legalBasis = [...rule.legalBasis, ...(rule.extraBasis ?? []).filter((b) => evaluate(b.when, ctx).pos === true).flatMap((b) => b.refs)];
  const confidence = lowestConfidence([...legalBasis.map((r) => r.confidence), ...caps]);
  const conditionalOn = [...ev.trigger.likely].sort();
  const forcedTrace = ev.forced && outcome === 'review' ? ev.forced.trace : [];
  const factsOutcome = outcome === 'review' && rule.forcedReview && ev.trigger.pos === true ? (ev.trigger.neg === true ? 'fire' : 'conditional') : undefined;
  const zhTitle = rule.title.zh;
  const zhRationale = rule.rationale.zh;
  return {
    ruleId: rule.id,
    ruleVersion: rule.version,
    outcome,
    severity: sev.severity,
    ...(sev.fallback ? { severityFallback: sev.fallback } : {}),
    ...(sev.pending ? { severityPending: sev.pending } : {}),
    ...(sev.reason ? { severityReason: sev.reason } : {}),
    exposure: rule.exposure,
    confidence,
    title: rule.title.en,
    ...(zhTitle ? { titleZh: zhTitle } : {}),
    rationale: rule.rationale.en,
    ...(zhRationale ? { rationaleZh: zhRationale } : {}),
    legalBasis,
    mitigations: rule.mitigations,
    ...(rule.mitigationNotes?.length ? { mitigationNotes: rule.mitigationNotes.map((n) => n.en) } : {}),
    trace: dedupe([...ev.trigger.trace, ...forcedTrace, ...sev.trace]),
    ...(reasons.size > 0 ? { reviewReasons: [...reasons].sort() } : {}),
    ...(factsOutcome ? { factsOutcome } : {}),
    ...(conditionalOn.length > 0 && outcome !== 'fire' ? { conditionalOn } : {}),
    ...(rule.notice ? { notice: rule.notice.en, ...(rule.notice.zh ? { noticeZh: rule.notice.zh } : {}) } : {}),
  };
}
