/**
 * Severity of a finding from its rule's decision list (rule-types.ts `SeverityRule`), following brief §15.7: a step
 * that holds only through a `likely` answer is taken and the finding shows the fallback; a step whose condition is
 * unknown is not taken and its (higher) severity is named as pending.
 */
import type { SeverityRule } from '../catalogue/rule-types';
import { SEVERITIES } from '../catalogue/types';
import type { Severity } from '../catalogue/types';
import type { Outcome, TraceEntry } from './assessment';
import { evaluate } from './evaluate';
import type { EvalContext, Evaluated } from './evaluate';
import type { Scenario } from './facts';

/** The severity decision for one finding. */
export interface SeverityDecision {
  readonly severity: Severity | null;
  readonly fallback?: Severity;
  readonly pending?: Severity;
  readonly reason?: string;
  /** The tests of the step taken (empty when the base severity applies). */
  readonly trace: readonly TraceEntry[];
}

const rank = (s: Severity): number => SEVERITIES.indexOf(s);

interface Walk {
  readonly severity: Severity;
  readonly step: number;
  readonly pending: readonly Severity[];
}

function walk(rule: SeverityRule, evs: readonly Evaluated[], s: Scenario): Walk {
  const pending: Severity[] = [];
  const steps = rule.steps ?? [];
  for (let i = 0; i < steps.length; i++) {
    const t = evs[i]?.[s];
    const step = steps[i];
    if (step === undefined) continue;
    if (t === true) return { severity: step.severity, step: i, pending };
    if (t === 'unknown') pending.push(step.severity);
  }
  return { severity: rule.base, step: -1, pending };
}

/** Decides the severity of a finding with the given outcome. */
export function decideSeverity(rule: SeverityRule | null, ctx: EvalContext, outcome: Exclude<Outcome, 'no'>): SeverityDecision {
  if (rule === null) return { severity: null, trace: [] };
  const evs = (rule.steps ?? []).map((st) => evaluate(st.when, ctx));
  const pos = walk(rule, evs, 'pos');
  const neg = walk(rule, evs, 'neg');
  const higher = pos.pending.filter((p) => rank(p) > rank(pos.severity)).sort((a, b) => rank(b) - rank(a));
  const step = rule.steps?.[pos.step];
  const reason = step?.reason ?? rule.baseReason;
  return {
    severity: pos.severity,
    ...(outcome !== 'conditional' && neg.severity !== pos.severity ? { fallback: neg.severity } : {}),
    ...(higher[0] !== undefined ? { pending: higher[0] } : {}),
    ...(reason !== undefined ? { reason } : {}),
    trace: pos.step >= 0 ? (evs[pos.step]?.trace ?? []) : [],
  };
}
