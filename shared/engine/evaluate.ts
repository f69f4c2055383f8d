/**
 * Interprets rule conditions (rule-types.ts) three-valued, in both `likely` scenarios at once, and keeps the trace
 * of the tests that decided the result: for an AND that holds, every part; for an OR that holds, the parts that
 * hold; for an unknown result, the unknown parts.
 */
import type { Condition, FieldTest } from '../catalogue/rule-types';
import type { TraceEntry, Truth } from './assessment';
import type { Profile } from '../profile/types';
import { and4, lookup, not4, or4 } from './facts';
import type { Scenario, Truth4 } from './facts';
import type { Interval, MlpsResult } from './mlps';

/** Why a finding is REVIEW (Finding.reviewReasons). */
export type ReviewReason = 'unknown-answer' | 'uncertain-basis' | 'dependency';

/** A condition's result in both scenarios, with the decisive tests. */
export interface Evaluated {
  readonly pos: Truth4;
  readonly neg: Truth4;
  readonly trace: readonly TraceEntry[];
  /** Review grounds met on the decisive path (only meaningful when the result is unknown). */
  readonly grounds: ReadonlySet<ReviewReason>;
  /** `likely` answers the result depends on (where pos ≠ neg). */
  readonly likely: ReadonlySet<string>;
}

/** The outcome of a referenced rule in one scenario. */
export interface RuleRefResult {
  readonly outcome: 'fire' | 'review' | 'no';
  readonly likely: readonly string[];
}

/** What conditions can read. */
export interface EvalContext {
  readonly profile: Profile;
  readonly mlps: MlpsResult;
  readonly ruleOutcome: (id: string, s: Scenario) => RuleRefResult;
}

const EMPTY_GROUNDS: ReadonlySet<ReviewReason> = new Set();
const EMPTY_LIKELY: ReadonlySet<string> = new Set();

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

function onValue(t: FieldTest, v: unknown): boolean {
  const arr = Array.isArray(v) ? (v as string[]) : [];
  switch (t.op) {
    case 'eq':
      return v === t.value;
    case 'ne':
      return v !== t.value;
    case 'in':
      return typeof v === 'string' && t.value.includes(v);
    case 'notIn':
      return !(typeof v === 'string' && t.value.includes(v));
    case 'includes':
      return arr.includes(t.value);
    case 'intersects':
      return arr.some((x) => t.value.includes(x));
    case 'onlyOf':
      return arr.length > 0 && arr.every((x) => t.value.includes(x));
    case 'notNone':
      return arr.some((x) => x !== 'none');
    case 'gte':
      return typeof v === 'number' && v >= t.value;
    case 'lte':
      return typeof v === 'number' && v <= t.value;
    case 'isTrue':
      return v === true;
    case 'isFalse':
      return v === false;
    case 'isKnown':
      return true;
    case 'isUnknown':
      return false;
  }
}

function onInterval(t: FieldTest, iv: Interval): Truth4 {
  switch (t.op) {
    case 'gte':
      return iv.lo >= t.value ? true : iv.hi < t.value ? false : 'unknown';
    case 'lte':
      return iv.hi <= t.value ? true : iv.lo > t.value ? false : 'unknown';
    case 'eq':
      return iv.lo === iv.hi && iv.lo === t.value ? true : typeof t.value !== 'number' || t.value < iv.lo || t.value > iv.hi ? false : 'unknown';
    case 'isKnown':
      return iv.lo === iv.hi ? true : 'unknown';
    default:
      throw new Error(`Operator ${t.op} does not apply to an MLPS level.`);
  }
}

function mlpsFact(t: FieldTest, ctx: EvalContext, s: Scenario): { truth: Truth4; value: unknown } {
  const sc = ctx.mlps.scenarios?.[s];
  if (!sc) return { truth: 'na', value: 'not applicable' };
  let truth: Truth4;
  let value: unknown;
  if (t.field === 'mlps.t2025_above_std') {
    truth = t.op === 'isTrue' ? sc.t2025AboveStd : t.op === 'isFalse' ? not4(sc.t2025AboveStd) : 'unknown';
    value = sc.t2025AboveStd === 'unknown' ? 'unknown' : sc.t2025AboveStd;
  } else {
    const key = ({ 'mlps.level_min': 'levelMin', 'mlps.level_max': 'levelMax', 'mlps.std_level': 'std', 'mlps.t2025_level': 't2025' } as const)[t.field as 'mlps.level_min'];
    if (key === undefined) throw new Error(`Unknown derived fact ${t.field}.`);
    const iv = sc[key];
    truth = onInterval(t, iv);
    value = iv.lo === iv.hi ? iv.lo : `${iv.lo}–${iv.hi}`;
  }
  // MLPS applies only where the system is graded in China: an unknown applicability keeps a true test open.
  return { truth: and4([truth, sc.applicable]), value };
}

function fieldTest(t: FieldTest, ctx: EvalContext): Evaluated {
  const res = { pos: 'na' as Truth4, neg: 'na' as Truth4 };
  let shown: unknown = 'not applicable';
  let isLikely = false;
  for (const s of ['pos', 'neg'] as const) {
    let truth: Truth4;
    let value: unknown;
    if (t.field.startsWith('mlps.')) {
      ({ truth, value } = mlpsFact(t, ctx, s));
    } else {
      const l = lookup(ctx.profile, t.field, s);
      if (l.kind === 'na') [truth, value] = ['na', 'not applicable'];
      else if (l.kind === 'unknown') [truth, value] = [t.op === 'isUnknown' ? true : t.unknownAs === false ? false : 'unknown', 'unknown'];
      else {
        [truth, value] = [onValue(t, l.value), l.raw];
        isLikely ||= l.likely;
      }
    }
    res[s] = truth;
    if (s === 'pos') shown = value;
  }
  const viaLikely = res.pos !== res.neg;
  const likely = !viaLikely ? EMPTY_LIKELY : new Set(t.field.startsWith('mlps.') ? ctx.mlps.likelySources : isLikely ? [t.field] : []);
  const entry: TraceEntry = { field: t.field, value: shown, test: testText(t), result: toTruth(res.pos), ...(viaLikely ? { viaLikely: true } : {}) };
  return { ...res, trace: [entry], grounds: res.pos === 'unknown' ? new Set(['unknown-answer']) : EMPTY_GROUNDS, likely };
}

/** Children that decided a combined result (in the positive scenario). */
function decisive(children: readonly Evaluated[], result: Truth4, kind: 'all' | 'any'): readonly Evaluated[] {
  if (result === 'unknown') return children.filter((c) => c.pos === 'unknown');
  if (kind === 'all') return result === true ? children : children.filter((c) => c.pos === false || c.pos === 'na');
  return result === true ? children.filter((c) => c.pos === true) : children;
}

function combine(children: readonly Evaluated[], kind: 'all' | 'any'): Evaluated {
  const op = kind === 'all' ? and4 : or4;
  const pos = op(children.map((c) => c.pos));
  const neg = op(children.map((c) => c.neg));
  const chosen = decisive(children, pos, kind);
  const grounds = new Set<ReviewReason>();
  const likely = new Set<string>();
  for (const c of chosen) c.grounds.forEach((g) => grounds.add(g));
  // The likely answers that matter are those of children whose result differs between the scenarios.
  if (pos !== neg) for (const c of children) if (c.pos !== c.neg) c.likely.forEach((l) => likely.add(l));
  return { pos, neg, trace: chosen.flatMap((c) => c.trace), grounds, likely };
}

/** Evaluates a condition in both scenarios. */
export function evaluate(c: Condition, ctx: EvalContext): Evaluated {
  if ('all' in c) return combine(c.all.map((x) => evaluate(x, ctx)), 'all');
  if ('any' in c) return combine(c.any.map((x) => evaluate(x, ctx)), 'any');
  if ('not' in c) {
    const inner = evaluate(c.not, ctx);
    return { ...inner, pos: not4(inner.pos), neg: not4(inner.neg), trace: inner.trace.map((e) => ({ ...e, test: `not (${e.test})` })) };
  }
  if ('rule' in c) {
    const r = { pos: ctx.ruleOutcome(c.rule, 'pos'), neg: ctx.ruleOutcome(c.rule, 'neg') };
    const truth = (o: RuleRefResult): Truth4 => (c.outcomeIn.includes(o.outcome) ? true : o.outcome === 'review' ? 'unknown' : false);
    const pos = truth(r.pos);
    const neg = truth(r.neg);
    const entry: TraceEntry = { field: `rule:${c.rule}`, value: r.pos.outcome, test: `in ${list(c.outcomeIn)}`, result: toTruth(pos), ...(pos !== neg ? { viaLikely: true } : {}) };
    const likely = new Set(pos !== neg ? [...r.pos.likely, ...r.neg.likely] : []);
    return { pos, neg, trace: [entry], grounds: pos === 'unknown' ? new Set(['dependency']) : EMPTY_GROUNDS, likely };
  }
  if ('section' in c) {
    const present = ctx.profile[c.section as keyof Profile] !== undefined;
    const t: Truth4 = present ? true : 'na';
    return { pos: t, neg: t, trace: [{ field: `section:${c.section}`, value: present ? 'present' : 'absent', test: 'is present', result: present }], grounds: EMPTY_GROUNDS, likely: EMPTY_LIKELY };
  }
  if ('unknownIf' in c) {
    const inner = evaluate(c.unknownIf, ctx);
    const map = (t: Truth4): Truth4 => (t === true || t === 'unknown' ? 'unknown' : t);
    const pos = map(inner.pos);
    const grounds = new Set<ReviewReason>(inner.pos === 'unknown' ? inner.grounds : [c.ground]);
    const entry: TraceEntry = { field: 'review-if', value: c.note, test: 'open question', result: toTruth(pos) };
    return { pos, neg: map(inner.neg), trace: [...inner.trace, entry], grounds, likely: inner.likely };
  }
  return fieldTest(c, ctx);
}
