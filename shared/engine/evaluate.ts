/**
 * Interprets rule conditions (rule-types.ts) three-valued, per `likely` scenario, on conditions compiled once per
 * catalogue (compile.ts). Evaluation comes in two parts, because most rules end `no` and need no explanation:
 *
 * - `truthOf`: the result of a condition in one scenario, by functions built once per condition, without
 *   allocating; it stops at the first part that decides an AND (false) or an OR (true), which is safe because
 *   conditions have no effects.
 * - `explain`: for a rule that is listed, the trace of the tests that decided the result (for an AND that holds,
 *   every part; for an OR that holds, the parts that hold; for an unknown result, the unknown parts; otherwise the
 *   parts that fail), the review grounds met on that path, and (`likelyOf`) the `likely` answers the result
 *   depends on. Both follow the positive scenario and read the results they need from `truthOf`.
 */
import type { Condition, FieldTest } from '../catalogue/rule-types';
import type { TraceEntry, Truth } from './assessment';
import { UNKNOWN } from '../profile/types';
import { scenarioValue } from './facts';
import type { Answers } from './facts';
import type { Scenario, Truth4 } from './facts';
import type { CompiledCondition, ConditionData, FieldNode, MlpsNode } from './compile';
import type { MlpsResult } from './mlps';

/** Why a finding is REVIEW (Finding.reviewReasons). */
export type ReviewReason = 'unknown-answer' | 'uncertain-basis' | 'dependency';

/** A set of review reasons as bits (conditions are explained by the thousand; a bit set allocates nothing). */
export type Grounds = number;
export const GROUND_BITS: Readonly<Record<ReviewReason, Grounds>> = { 'unknown-answer': 1, 'uncertain-basis': 2, dependency: 4 };
/** Review reasons of a bit set, sorted (as Finding.reviewReasons lists them). */
export function groundNames(g: Grounds): ReviewReason[] {
  const names: ReviewReason[] = [];
  if (g & GROUND_BITS.dependency) names.push('dependency');
  if (g & GROUND_BITS['uncertain-basis']) names.push('uncertain-basis');
  if (g & GROUND_BITS['unknown-answer']) names.push('unknown-answer');
  return names;
}

/** The outcome of a rule in one scenario, as a `rule` condition reads it. */
export type ScenarioOutcome = 'fire' | 'review' | 'no';

/** What conditions read: the profile's answers, the MLPS estimate, and the outcomes of other rules. */
export interface EvalContext {
  readonly answers: Answers;
  readonly mlps: MlpsResult;
  /** False when no answer is `likely`: then the negative scenario equals the positive one and is not evaluated. */
  readonly hasLikely: boolean;
  /**
   * The results computed so far in this assessment, by `slot` (see `memoized`), per scenario: each is evaluated
   * at most once per scenario, however often rules, severity steps and explanations ask for it. Without a `likely`
   * answer both scenarios share one table.
   */
  readonly memo: Readonly<Record<Scenario, (Truth4 | undefined)[]>>;
  readonly ruleOutcome: (rule: number, s: Scenario) => ScenarioOutcome;
  /** The `likely` answers a rule's trigger depends on (for a `rule` condition that differs between scenarios). */
  readonly ruleLikely: (rule: number, into: Set<string>) => void;
}

function toTruth(t: Truth4): Truth {
  return t === 'na' ? false : t;
}

function list(v: readonly string[]): string {
  return `{${v.join(', ')}}`;
}

/** A readable form of one test, e.g. "in {customized_for_customer, bespoke_development}" or ">= 3". */
export function testText(t: FieldTest): string {
  switch (t.op) {
    case 'eq':
      return `= ${String(t.value)}`;
    case 'ne':
      return `≠ ${String(t.value)}`;
    case 'in':
      return `in ${list(t.value)}`;
    case 'notIn':
      return `not in ${list(t.value)}`;
    case 'includes':
      return `includes ${t.value}`;
    case 'intersects':
      return `∩ ${list(t.value)} ≠ ∅`;
    case 'onlyOf':
      return `only ${list(t.value)}`;
    case 'notNone':
      return '≠ {none}';
    case 'gte':
      return `>= ${t.value}`;
    case 'lte':
      return `<= ${t.value}`;
    case 'isTrue':
      return 'is true';
    case 'isFalse':
      return 'is false';
    case 'isKnown':
      return 'is known';
    case 'isUnknown':
      return 'is unknown';
  }
}

/** The readable test of a `rule` condition, e.g. "in {fire, review}". */
export function ruleTestText(c: Extract<Condition, { rule: string }>): string {
  return `in ${list(c.outcomeIn)}`;
}

// ---- Truth ----

/**
 * How a compiled condition computes its result in one scenario. Built once per condition (compile.ts); `s` is the
 * positive scenario whenever no answer is `likely` (see `truthOf`).
 */
export type TruthFn = (ctx: EvalContext, s: Scenario) => Truth4;

/** The result of a compiled condition in one scenario. */
export function truthOf(n: CompiledCondition, ctx: EvalContext, s: Scenario): Truth4 {
  return n.truth(ctx, ctx.hasLikely ? s : 'pos');
}

/** Maps a condition that holds (or may hold) to unknown: `unknownIf`. */
function reviewIf(t: Truth4): Truth4 {
  return t === true || t === 'unknown' ? 'unknown' : t;
}

/** Three-valued AND over the parts: false as soon as one is; else na if one is; else unknown if one is; else true. */
function allTruth(children: readonly CompiledCondition[], ctx: EvalContext, s: Scenario): Truth4 {
  let result: Truth4 = true;
  for (const c of children) {
    const t = c.truth(ctx, s);
    if (t === false) return false;
    if (t === 'na') result = 'na';
    else if (t === 'unknown' && result === true) result = 'unknown';
  }
  return result;
}

/** Three-valued OR: true as soon as one part is; else unknown if one is; else na if every part is; else false. */
function anyTruth(children: readonly CompiledCondition[], ctx: EvalContext, s: Scenario): Truth4 {
  let unknown = false;
  let allNa = children.length > 0;
  for (const c of children) {
    const t = c.truth(ctx, s);
    if (t === true) return true;
    if (t === 'unknown') unknown = true;
    if (t !== 'na') allNa = false;
  }
  return unknown ? 'unknown' : allNa ? 'na' : false;
}

/**
 * Remembers a result for the rest of the assessment: rules share parts (common.ts), and explanations and severity
 * steps ask again for results the rules already computed. Field tests and ANDs and ORs are remembered; negations,
 * rule references (whose outcomes are remembered) and the rest are cheaper to redo.
 */
function memoized(slot: number, f: TruthFn): TruthFn {
  return (ctx, s) => {
    const memo = s === 'pos' ? ctx.memo.pos : ctx.memo.neg;
    let t = memo[slot];
    if (t === undefined) {
      t = f(ctx, s);
      memo[slot] = t;
    }
    return t;
  };
}

/** The truth function of a compiled condition. */
export function truthFunction(n: ConditionData): TruthFn {
  switch (n.kind) {
    case 'field': {
      const { ref, onUnknown, onValue } = n;
      return memoized(n.slot, (ctx, s) => {
        const raw = ctx.answers.get(ref);
        if (raw === undefined) return 'na';
        if (raw === UNKNOWN) return onUnknown;
        return onValue(scenarioValue(ref, raw, s));
      });
    }
    case 'mlps': {
      const { onLevels } = n;
      return (ctx, s) => {
        const sc = ctx.mlps.scenarios?.[s];
        if (!sc) return 'na';
        const truth = onLevels(sc);
        // MLPS applies only where the system is graded in China: an unknown applicability keeps a true test open.
        return truth === true ? sc.applicable : truth;
      };
    }
    case 'all': {
      const { children } = n;
      return memoized(n.slot, (ctx, s) => allTruth(children, ctx, s));
    }
    case 'any': {
      const { children } = n;
      return memoized(n.slot, (ctx, s) => anyTruth(children, ctx, s));
    }
    case 'not': {
      const { inner } = n;
      return (ctx, s) => {
        const t = inner.truth(ctx, s);
        return t === 'na' || t === 'unknown' ? t : !t;
      };
    }
    case 'rule': {
      const { rule, outcomeIn } = n;
      return (ctx, s) => {
        const o = ctx.ruleOutcome(rule, s);
        return outcomeIn.has(o) ? true : o === 'review' ? 'unknown' : false;
      };
    }
    case 'section': {
      const { section } = n;
      return (ctx) => (ctx.answers.hasSection(section) ? true : 'na');
    }
    case 'unknownIf': {
      const { inner } = n;
      return (ctx, s) => reviewIf(inner.truth(ctx, s));
    }
  }
}

// ---- Explanation ----

/** The value a field test saw in the positive scenario, as the trace shows it. */
function shownField(n: FieldNode, ctx: EvalContext): unknown {
  const raw = ctx.answers.get(n.ref);
  return raw === undefined ? 'not applicable' : raw;
}

function shownMlps(n: MlpsNode, ctx: EvalContext): unknown {
  const sc = ctx.mlps.scenarios?.pos;
  return sc ? n.shown(sc) : 'not applicable';
}

function entry(field: string, value: unknown, test: string, pos: Truth4, neg: Truth4): TraceEntry {
  return pos !== neg ? { field, value, test, result: toTruth(pos), viaLikely: true } : { field, value, test, result: toTruth(pos) };
}

/** Whether a part with positive result `part` decided a combined positive result `result` (see the header). */
function decisive(kind: 'all' | 'any', result: Truth4, part: Truth4): boolean {
  if (result === 'unknown') return part === 'unknown';
  if (kind === 'all') return result === true || part === false || part === 'na';
  return result === true ? part === true : true;
}

/**
 * Appends the decisive trace entries of a condition (positive scenario) to `out`, in order, and returns the review
 * grounds met on that path: an unknown answer, a rule it depends on being REVIEW, or an `unknownIf` ground.
 */
export function explain(n: CompiledCondition, ctx: EvalContext, out: TraceEntry[]): Grounds {
  switch (n.kind) {
    case 'field':
    case 'mlps': {
      const pos = truthOf(n, ctx, 'pos');
      const shown = n.kind === 'field' ? shownField(n, ctx) : shownMlps(n, ctx);
      out.push(entry(n.path, shown, n.text, pos, truthOf(n, ctx, 'neg')));
      return pos === 'unknown' ? GROUND_BITS['unknown-answer'] : 0;
    }
    case 'all':
    case 'any': {
      const result = truthOf(n, ctx, 'pos');
      let grounds = 0;
      for (const c of n.children) if (decisive(n.kind, result, truthOf(c, ctx, 'pos'))) grounds |= explain(c, ctx, out);
      return grounds;
    }
    case 'not':
      // The inner entries carry "not (…)" in their test text already (compile.ts); results stay the inner ones.
      return explain(n.inner, ctx, out);
    case 'rule': {
      const pos = truthOf(n, ctx, 'pos');
      out.push(entry(n.path, ctx.ruleOutcome(n.rule, 'pos'), n.text, pos, truthOf(n, ctx, 'neg')));
      return pos === 'unknown' ? GROUND_BITS.dependency : 0;
    }
    case 'section': {
      const present = ctx.answers.hasSection(n.section);
      out.push({ field: n.path, value: present ? 'present' : 'absent', test: n.text, result: present });
      return 0;
    }
    case 'unknownIf': {
      const inner = truthOf(n.inner, ctx, 'pos');
      const innerGrounds = explain(n.inner, ctx, out);
      out.push({ field: 'review-if', value: n.note, test: n.text, result: toTruth(reviewIf(inner)) });
      return inner === 'unknown' ? innerGrounds : GROUND_BITS[n.ground];
    }
  }
}

/**
 * Adds to `into` the `likely` answers a condition's result depends on: where its result differs between the
 * scenarios, those of its parts whose result differs (a negation or an `unknownIf` passes its inner part's on
 * unchanged). Only called when some answer is `likely`; otherwise there are none.
 */
export function likelyOf(n: CompiledCondition, ctx: EvalContext, into: Set<string>): void {
  switch (n.kind) {
    case 'not':
    case 'unknownIf':
      likelyOf(n.inner, ctx, into);
      return;
    case 'section':
      return;
    default:
      break;
  }
  if (truthOf(n, ctx, 'pos') === truthOf(n, ctx, 'neg')) return;
  switch (n.kind) {
    case 'field':
      if (n.ref.likely !== undefined && ctx.answers.get(n.ref) === 'likely') into.add(n.path);
      return;
    case 'mlps':
      for (const l of ctx.mlps.likelySources) into.add(l);
      return;
    case 'all':
    case 'any':
      for (const c of n.children) if (truthOf(c, ctx, 'pos') !== truthOf(c, ctx, 'neg')) likelyOf(c, ctx, into);
      return;
    case 'rule':
      ctx.ruleLikely(n.rule, into);
      return;
  }
}
