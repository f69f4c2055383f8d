/**
 * Severity of a finding from its rule's decision list (rule-types.ts `SeverityRule`), following brief §15.7: a step
 * that holds only through a `likely` answer is taken and the finding shows the fallback; a step whose condition is
 * unknown is not taken and its (higher) severity is named as pending.
 */
import type { Severity } from '../catalogue/types';
import type { Outcome, TraceEntry } from './assessment';
import type { CompiledSeverity } from './compile';
import { explain, truthOf } from './evaluate';
import type { EvalContext } from './evaluate';
import type { Scenario } from './facts';

/** The severity decision for one finding. */
export interface SeverityDecision {
  readonly severity: Severity | null;
  readonly fallback?: Severity;
  readonly pending?: Severity;
  readonly reason?: string;
}

const NO_SEVERITY: SeverityDecision = { severity: null };

/** The first step that holds in the scenario (-1: none, the base severity applies). */
function stepTaken(sev: CompiledSeverity, ctx: EvalContext, s: Scenario): number {
  let i = 0;
  for (const step of sev.steps) {
    if (truthOf(step.when, ctx, s) === true) return i;
    i++;
  }
  return -1;
}

/**
 * Decides the severity of a finding with the given outcome, and appends the tests of the step taken (positive
 * scenario; none when the base severity applies) to `trace`.
 */
export function decideSeverity(sev: CompiledSeverity | null, ctx: EvalContext, outcome: Exclude<Outcome, 'no'>, trace: TraceEntry[]): SeverityDecision {
  if (sev === null) return NO_SEVERITY;
  const pos = stepTaken(sev, ctx, 'pos');
  const taken = pos < 0 ? undefined : sev.steps[pos];
  const severity = taken?.severity ?? sev.base;
  const rank = taken?.rank ?? sev.baseRank;
  // Pending: the highest step before the one taken whose condition is unknown, if it is higher.
  let pending: Severity | undefined;
  let pendingRank = rank;
  for (let i = 0; i < (pos < 0 ? sev.steps.length : pos); i++) {
    const step = sev.steps[i];
    if (step !== undefined && step.rank > pendingRank && truthOf(step.when, ctx, 'pos') === 'unknown') {
      pending = step.severity;
      pendingRank = step.rank;
    }
  }
  // Fallback: the severity in the negative scenario, where it differs (a conditional finding is already "if").
  let fallback: Severity | undefined;
  if (outcome !== 'conditional' && ctx.hasLikely) {
    const negStep = stepTaken(sev, ctx, 'neg');
    const neg = negStep < 0 ? sev.base : (sev.steps[negStep]?.severity ?? sev.base);
    if (neg !== severity) fallback = neg;
  }
  if (taken !== undefined) explain(taken.when, ctx, trace);
  return { severity, fallback, pending, reason: taken?.reason ?? sev.baseReason };
}
