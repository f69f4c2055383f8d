/**
 * Compiles a catalogue once (memoised per catalogue object) into the form the engine evaluates: rules stay data in
 * rules/*.ts; this is derived from them. Per condition it does once what would otherwise be redone for every
 * profile: field paths split, value lists turned into sets and the test into a predicate, readable test texts
 * written (with the "not (…)" of enclosing negations), rule references resolved to indexes. Mistakes in the
 * catalogue that would make every assessment fail (an unknown rule or derived fact, a rule that depends on itself)
 * are reported here.
 */
import type { Catalogue, Condition, FieldTest, ReviewGround, Rule } from '../catalogue/rule-types';
import { CONFIDENCE_RANK, SEVERITIES } from '../catalogue/types';
import type { Confidence, LegalRef, Severity } from '../catalogue/types';
import type { FieldValue } from '../profile/types';
import { fieldRef, not4 } from './facts';
import type { FieldRef, Truth4 } from './facts';
import { ruleTestText, testText, truthFunction } from './evaluate';
import type { TruthFn } from './evaluate';
import type { Interval, ScenarioLevels } from './mlps';
import { exposureMask } from './scores';

/** Every compiled condition has its `truth` function, built once from the condition (evaluate.ts `truthFunction`). */
interface Node {
  readonly truth: TruthFn;
}

export interface FieldNode extends Node {
  readonly kind: 'field';
  /** Where its result is remembered during an assessment (evaluate.ts `memoized`). */
  readonly slot: number;
  readonly path: string;
  readonly ref: FieldRef;
  /** The test on a known answer (the scenario's value). */
  readonly onValue: (v: FieldValue) => boolean;
  /** The result for an `unknown` answer. */
  readonly onUnknown: Truth4;
  readonly text: string;
}

/** A test of a derived MLPS fact (`mlps.level_max` …). */
export interface MlpsNode extends Node {
  readonly kind: 'mlps';
  readonly path: string;
  /** The test on the estimator's levels, before applicability is taken into account. */
  readonly onLevels: (sc: ScenarioLevels) => Truth4;
  /** The value the trace shows. */
  readonly shown: (sc: ScenarioLevels) => unknown;
  readonly text: string;
}

export interface RuleRefNode extends Node {
  readonly kind: 'rule';
  readonly path: string;
  /** Index of the referenced rule in the catalogue. */
  readonly rule: number;
  readonly outcomeIn: ReadonlySet<string>;
  readonly text: string;
}

export type CompiledCondition =
  | FieldNode
  | MlpsNode
  | RuleRefNode
  /** `slot`: where its result is remembered during an assessment (evaluate.ts `memoized`). */
  | (Node & { readonly kind: 'all' | 'any'; readonly slot: number; readonly children: readonly CompiledCondition[] })
  | (Node & { readonly kind: 'not'; readonly inner: CompiledCondition })
  | (Node & { readonly kind: 'section'; readonly path: string; readonly section: string; readonly text: string })
  | (Node & { readonly kind: 'unknownIf'; readonly inner: CompiledCondition; readonly ground: ReviewGround; readonly note: string; readonly text: string });

/** A compiled condition before its truth function is attached. */
export type ConditionData = WithoutTruth<CompiledCondition>;
type WithoutTruth<T> = T extends unknown ? Omit<T, 'truth'> : never;

export interface CompiledStep {
  readonly when: CompiledCondition;
  readonly severity: Severity;
  readonly rank: number;
  readonly reason: string;
}

export interface CompiledSeverity {
  readonly base: Severity;
  readonly baseRank: number;
  readonly baseReason: string | undefined;
  readonly steps: readonly CompiledStep[];
}

export interface CompiledRule {
  readonly rule: Rule;
  readonly trigger: CompiledCondition;
  /** `forcedReview.when`, or null (no forced review, or forced always). */
  readonly forcedWhen: CompiledCondition | null;
  readonly severity: CompiledSeverity | null;
  readonly caps: readonly { readonly when: CompiledCondition; readonly confidence: Confidence }[];
  readonly extraBasis: readonly { readonly when: CompiledCondition; readonly refs: readonly LegalRef[] }[];
  /** The lowest confidence among the rule's own legal basis. */
  readonly baseConfidence: Confidence;
  /** The rule's exposure kinds as scores.ts `exposureMask` bits. */
  readonly exposureMask: number;
  /** English mitigation notes, or undefined when the rule has none. */
  readonly mitigationNotes: readonly string[] | undefined;
}

export interface CompiledCatalogue {
  readonly rules: readonly CompiledRule[];
  /** How many results an assessment remembers (the `slot`s of field tests, ANDs and ORs run from 0). */
  readonly memoSlots: number;
}

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** The lower of two confidence tags. */
export function lowerConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[b] < CONFIDENCE_RANK[a] ? b : a;
}

/** A test on a known answer, as a predicate (value lists become sets). */
function predicate(t: FieldTest): (v: FieldValue) => boolean {
  const asArray = (v: FieldValue): readonly unknown[] => (Array.isArray(v) ? (v as readonly unknown[]) : []);
  switch (t.op) {
    case 'eq': {
      const want = t.value;
      return (v) => v === want;
    }
    case 'ne': {
      const want = t.value;
      return (v) => v !== want;
    }
    case 'in': {
      const set: ReadonlySet<unknown> = new Set(t.value);
      return (v) => typeof v === 'string' && set.has(v);
    }
    case 'notIn': {
      const set: ReadonlySet<unknown> = new Set(t.value);
      return (v) => !(typeof v === 'string' && set.has(v));
    }
    case 'includes': {
      const want = t.value;
      return (v) => asArray(v).includes(want);
    }
    case 'intersects': {
      const set: ReadonlySet<unknown> = new Set(t.value);
      return (v) => asArray(v).some((x) => set.has(x));
    }
    case 'onlyOf': {
      const set: ReadonlySet<unknown> = new Set(t.value);
      return (v) => {
        const arr = asArray(v);
        return arr.length > 0 && arr.every((x) => set.has(x));
      };
    }
    case 'notNone':
      return (v) => asArray(v).some((x) => x !== 'none');
    case 'gte': {
      const bound = t.value;
      return (v) => typeof v === 'number' && v >= bound;
    }
    case 'lte': {
      const bound = t.value;
      return (v) => typeof v === 'number' && v <= bound;
    }
    case 'isTrue':
      return (v) => v === true;
    case 'isFalse':
      return (v) => v === false;
    case 'isKnown':
      return () => true;
    case 'isUnknown':
      return () => false;
  }
}

type LevelKey = 'levelMin' | 'levelMax' | 'std' | 't2025';
const LEVEL_KEYS: Readonly<Record<string, LevelKey>> = { 'mlps.level_min': 'levelMin', 'mlps.level_max': 'levelMax', 'mlps.std_level': 'std', 'mlps.t2025_level': 't2025' };

/** A test on an interval of levels: true or false where the whole interval decides it, else unknown. */
function onInterval(t: FieldTest): (iv: Interval) => Truth4 {
  switch (t.op) {
    case 'gte': {
      const bound = t.value;
      return (iv) => (iv.lo >= bound ? true : iv.hi < bound ? false : 'unknown');
    }
    case 'lte': {
      const bound = t.value;
      return (iv) => (iv.hi <= bound ? true : iv.lo > bound ? false : 'unknown');
    }
    case 'eq': {
      const want = t.value;
      return (iv) => (iv.lo === iv.hi && iv.lo === want ? true : typeof want !== 'number' || want < iv.lo || want > iv.hi ? false : 'unknown');
    }
    case 'isKnown':
      return (iv) => (iv.lo === iv.hi ? true : 'unknown');
    default:
      throw new Error(`Operator ${t.op} does not apply to an MLPS level.`);
  }
}

function mlpsNode(t: FieldTest, text: string): Omit<MlpsNode, 'truth'> {
  if (t.field === 'mlps.t2025_above_std') {
    const onLevels =
      t.op === 'isTrue' ? (sc: ScenarioLevels) => sc.t2025AboveStd : t.op === 'isFalse' ? (sc: ScenarioLevels) => not4(sc.t2025AboveStd) : () => 'unknown' as const;
    return { kind: 'mlps', path: t.field, onLevels, shown: (sc) => (sc.t2025AboveStd === 'unknown' ? 'unknown' : sc.t2025AboveStd), text };
  }
  const key: LevelKey | undefined = LEVEL_KEYS[t.field];
  if (key === undefined) throw new Error(`Unknown derived fact ${t.field}.`);
  const test = onInterval(t);
  return {
    kind: 'mlps',
    path: t.field,
    onLevels: (sc) => test(sc[key]),
    shown: (sc) => {
      const iv = sc[key];
      return iv.lo === iv.hi ? iv.lo : `${iv.lo}–${iv.hi}`;
    },
    text,
  };
}

/** "not (…)" once per enclosing negation, as the trace shows a test under a NOT. */
function negated(text: string, negations: number): string {
  let out = text;
  for (let i = 0; i < negations; i++) out = `not (${out})`;
  return out;
}

/**
 * Compiles conditions, once per condition object and number of enclosing negations: the shared parts of rules
 * (common.ts: `CII`, `LMAX_GTE_3` …) become one compiled condition, so each is evaluated once per assessment.
 */
class Compiler {
  private readonly seen = new Map<Condition, CompiledCondition[]>();
  memoSlots = 0;

  constructor(private readonly ruleIndex: ReadonlyMap<string, number>) {}

  condition(c: Condition, negations = 0): CompiledCondition {
    let byNegations = this.seen.get(c);
    if (byNegations === undefined) {
      byNegations = [];
      this.seen.set(c, byNegations);
    }
    let compiled = byNegations[negations];
    if (compiled === undefined) {
      const data = this.build(c, negations);
      compiled = { ...data, truth: truthFunction(data) };
      byNegations[negations] = compiled;
    }
    return compiled;
  }

  private build(c: Condition, negations: number): ConditionData {
    const sub = (x: Condition): CompiledCondition => this.condition(x, negations);
    if ('all' in c) {
      const children = c.all.map(sub);
      return { kind: 'all', slot: this.memoSlots++, children };
    }
    if ('any' in c) {
      const children = c.any.map(sub);
      return { kind: 'any', slot: this.memoSlots++, children };
    }
    if ('not' in c) {
      const inner = this.condition(c.not, negations + 1);
      return { kind: 'not', inner };
    }
    if ('unknownIf' in c) {
      const inner = sub(c.unknownIf);
      return { kind: 'unknownIf', inner, ground: c.ground, note: c.note, text: negated('open question', negations) };
    }
    if ('rule' in c) {
      const rule = this.ruleIndex.get(c.rule);
      if (rule === undefined) throw new Error(`Unknown rule ${c.rule} referenced.`);
      return { kind: 'rule', path: `rule:${c.rule}`, rule, outcomeIn: new Set(c.outcomeIn), text: negated(ruleTestText(c), negations) };
    }
    if ('section' in c) return { kind: 'section', path: `section:${c.section}`, section: c.section, text: negated('is present', negations) };
    const text = negated(testText(c), negations);
    if (c.field.startsWith('mlps.')) return mlpsNode(c, text);
    return {
      kind: 'field',
      slot: this.memoSlots++,
      path: c.field,
      ref: fieldRef(c.field),
      onValue: predicate(c),
      onUnknown: c.op === 'isUnknown' ? true : c.unknownAs === false ? false : 'unknown',
      text,
    };
  }
}

/** The rules a condition references. */
function references(c: CompiledCondition, into: number[]): number[] {
  if (c.kind === 'all' || c.kind === 'any') c.children.forEach((x) => references(x, into));
  else if (c.kind === 'not' || c.kind === 'unknownIf') references(c.inner, into);
  else if (c.kind === 'rule') into.push(c.rule);
  return into;
}

/** Throws when a rule's outcome depends on itself through the triggers and forced reviews it references. */
function checkAcyclic(rules: readonly CompiledRule[]): void {
  const state: ('visiting' | 'done' | undefined)[] = [];
  const visit = (i: number): void => {
    if (state[i] === 'done') return;
    const r = rules[i];
    if (r === undefined) return;
    if (state[i] === 'visiting') throw new Error(`Rule ${r.rule.id} depends on itself.`);
    state[i] = 'visiting';
    const deps = references(r.trigger, []);
    if (r.forcedWhen) references(r.forcedWhen, deps);
    deps.forEach(visit);
    state[i] = 'done';
  };
  rules.forEach((_, i) => visit(i));
}

function compileRule(rule: Rule, compiler: Compiler): CompiledRule {
  const cond = (c: Condition): CompiledCondition => compiler.condition(c);
  const sev = rule.severity;
  return {
    rule,
    trigger: cond(rule.trigger),
    forcedWhen: rule.forcedReview?.when ? cond(rule.forcedReview.when) : null,
    severity:
      sev === null
        ? null
        : {
            base: sev.base,
            baseRank: severityRank(sev.base),
            baseReason: sev.baseReason,
            steps: (sev.steps ?? []).map((s) => ({ when: cond(s.when), severity: s.severity, rank: severityRank(s.severity), reason: s.reason })),
          },
    caps: (rule.confidenceCaps ?? []).map((c) => ({ when: cond(c.when), confidence: c.confidence })),
    extraBasis: (rule.extraBasis ?? []).map((b) => ({ when: cond(b.when), refs: b.refs })),
    baseConfidence: rule.legalBasis.reduce<Confidence>((lo, r) => lowerConfidence(lo, r.confidence), 'VS'),
    exposureMask: exposureMask(rule.exposure),
    mitigationNotes: rule.mitigationNotes?.length ? rule.mitigationNotes.map((n) => n.en) : undefined,
  };
}

const COMPILED = new WeakMap<Catalogue, CompiledCatalogue>();

/** The compiled form of a catalogue (compiled on first use; catalogues are immutable data). */
export function compileCatalogue(catalogue: Catalogue): CompiledCatalogue {
  const hit = COMPILED.get(catalogue);
  if (hit) return hit;
  // As a lookup by id would: where two rules share an id, a reference reads the last one.
  const ruleIndex = new Map(catalogue.rules.map((r, i) => [r.id, i]));
  const compiler = new Compiler(ruleIndex);
  const rules = catalogue.rules.map((r) => compileRule(r, compiler));
  checkAcyclic(rules);
  const compiled: CompiledCatalogue = { rules, memoSlots: compiler.memoSlots };
  COMPILED.set(catalogue, compiled);
  return compiled;
}
