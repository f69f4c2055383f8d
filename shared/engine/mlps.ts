/**
 * The MLPS level estimator of brief §16. It works on intervals so unknown answers stay honest: with the harm
 * unknown the standard level is "1 to 5", and a rule testing `mlps.level_max ≥ 3` is REVIEW unless a floor that
 * holds already settles it. Floors resting on `likely` answers count in the positive scenario only (conditional);
 * floors resting on `unknown` answers are pending: they widen the upper bound used by rule tests but are never
 * counted in the reported levels. Heuristic defaults for unknown harm are reported as a labelled warning only and
 * never feed a rule (they are not law).
 */
import type { FloorApplied, FloorId, MlpsEstimate, MlpsWarning } from './assessment';
import type { FieldValue, Profile } from '../profile/types';
import { UNKNOWN } from '../profile/types';
import { and4, Answers, fieldRef, or4, scenarioValue } from './facts';
import type { FieldRef, Scenario, Truth4 } from './facts';
import { describeFloors, heuristicWarning, LEVEL_NAMES, OBJECT_TEXT, DEGREE_TEXT } from './mlps-text';

/** A level known to lie between `lo` and `hi` (equal when known exactly). */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** The estimator's facts in one `likely` scenario, as rule conditions read them. */
export interface ScenarioLevels {
  /** Whether MLPS applies: true, or unknown when `system.graded_in_cn` is unknown. */
  readonly applicable: true | 'unknown';
  readonly std: Interval;
  readonly t2025: Interval;
  readonly levelMin: Interval;
  readonly levelMax: Interval;
  readonly t2025AboveStd: Truth4;
}

/** Everything the engine needs from the estimator. */
export interface MlpsResult {
  /** The reported estimate, or null where MLPS does not apply. */
  readonly estimate: MlpsEstimate | null;
  readonly notApplicable?: string;
  /** Per-scenario facts for rule conditions; null where MLPS does not apply. */
  readonly scenarios: Readonly<Record<Scenario, ScenarioLevels>> | null;
  /** `likely` answers that change the levels between the scenarios (for `conditionalOn`). */
  readonly likelySources: readonly string[];
}

/** GB/T 22240-2020 matrix: rows citizens / social order / national security; columns general / serious / especially serious. */
export const M2020: readonly (readonly number[])[] = [
  [1, 2, 2],
  [2, 3, 4],
  [3, 4, 5],
];
/** 2025 grading-report template: the third row ("national security or regional security, economy and livelihood") is 4/5/5. */
export const M2025: readonly (readonly number[])[] = [
  [1, 2, 2],
  [2, 3, 4],
  [4, 5, 5],
];

export const HARM_OBJECTS = ['citizens', 'social_order', 'national_security'] as const;
export const HARM_DEGREES = ['general', 'serious', 'especially_serious'] as const;

interface FloorEval {
  readonly id: FloorId;
  readonly level: number;
  readonly truth: Readonly<Record<Scenario, Truth4>>;
  /** The `likely` answers it rests on. */
  readonly sources: readonly string[];
  readonly text: string;
}

/** The fields the estimator reads, parsed once. */
const F = {
  gradedInCn: fieldRef('system.graded_in_cn'),
  harmObject: fieldRef('system.harm_object_max'),
  harmDegree: fieldRef('system.harm_degree_max'),
  declared: fieldRef('system.declared_mlps'),
  maxHosted: fieldRef('system.max_hosted_level'),
  fn: fieldRef('system.function'),
  extensions: fieldRef('system.extensions'),
  cii: fieldRef('customer.cii_status'),
  sector: fieldRef('customer.sector'),
  hospitalTier: fieldRef('customer.hospital_tier'),
  importantData: fieldRef('data.important_data'),
  coreData: fieldRef('data.core_data'),
  category: fieldRef('product.category'),
} as const;

/** The answer of a field in the positive scenario, or undefined where it is not applicable or unknown. */
function known(answers: Answers, ref: FieldRef): FieldValue | undefined {
  const raw = answers.get(ref);
  return raw === undefined || raw === UNKNOWN ? undefined : scenarioValue(ref, raw, 'pos');
}

/** The index of the answer in `values`, as the only candidate; every index where it is unknown. */
function indexes(answers: Answers, ref: FieldRef, values: readonly string[]): number[] {
  const v = known(answers, ref);
  const i = typeof v === 'string' ? values.indexOf(v) : -1;
  return i >= 0 ? [i] : values.map((_, k) => k);
}

/** The lowest and highest level of the matrix over the candidate rows and columns. */
function matrixInterval(m: readonly (readonly number[])[], objs: readonly number[], degs: readonly number[]): Interval {
  let lo = Infinity;
  let hi = -Infinity;
  for (const o of objs) {
    for (const d of degs) {
      const level = m[o]?.[d] ?? 1;
      lo = Math.min(lo, level);
      hi = Math.max(hi, level);
    }
  }
  return { lo, hi };
}

/** `ok` on the field's value in scenario `s`; na where the field does not apply, unknown where it is unknown. */
function test(answers: Answers, ref: FieldRef, s: Scenario, ok: (v: FieldValue) => boolean): Truth4 {
  const raw = answers.get(ref);
  if (raw === undefined) return 'na';
  if (raw === UNKNOWN) return 'unknown';
  return ok(scenarioValue(ref, raw, s));
}

function both(f: (s: Scenario) => Truth4): Record<Scenario, Truth4> {
  return { pos: f('pos'), neg: f('neg') };
}

/** The field's path where it is answered `likely` (the floor rests on it), else nothing. */
function likelySource(answers: Answers, ref: FieldRef): string[] {
  return ref.likely !== undefined && answers.get(ref) === 'likely' ? [ref.path] : [];
}

function evalFloors(answers: Answers): FloorEval[] {
  const floors: FloorEval[] = [
    {
      id: 'F-CII',
      level: 3,
      truth: both((s) => test(answers, F.cii, s, (v) => v === 'identified')),
      sources: likelySource(answers, F.cii),
      text: 'system of an identified CII operator: at least level 3 (GB/T 22240-2020; 公网安〔2020〕1960号)',
    },
    {
      id: 'F-DATA-IMPORTANT',
      level: 3,
      truth: both((s) => test(answers, F.importantData, s, (v) => v === 'notified')),
      sources: likelySource(answers, F.importantData),
      text: 'important data: at least level 3 (2025 grading template notes)',
    },
    {
      id: 'F-DATA-CORE',
      level: 4,
      truth: both((s) => test(answers, F.coreData, s, (v) => v === 'yes')),
      sources: [],
      text: 'core data: at least level 4 (2025 grading template notes)',
    },
    {
      id: 'F-HEALTH',
      level: 3,
      truth: both((s) =>
        and4([
          test(answers, F.sector, s, (v) => v === 'healthcare'),
          test(answers, F.hospitalTier, s, (v) => v === 'tertiary_a'),
          test(answers, F.fn, s, (v) => v === 'core_business'),
        ]),
      ),
      sources: [],
      text: 'core business system of a tertiary-A hospital: at least level 3 (卫办发〔2011〕85号)',
    },
    {
      id: 'F-PLATFORM',
      level: 3,
      truth: both((s) => test(answers, F.extensions, s, (v) => Array.isArray(v) && v.includes('big_data'))),
      sources: [],
      text: 'big-data platform: in principle at least level 3 (GB/T 22240-2020)',
    },
  ];
  const hosted = known(answers, F.maxHosted);
  if (typeof hosted === 'number') {
    const level = hosted;
    floors.push({
      id: 'F-PLATFORM',
      level,
      truth: both((s) => platform(answers, s)),
      sources: [],
      text: `platform hosting systems up to level ${level}: at least the highest hosted level (GB/T 22240-2020)`,
    });
  }
  return floors;
}

/** Whether the 2025 template grades above the standard: in every candidate cell (true), some (unknown), none. */
function t2025AboveStd(objs: readonly number[], degs: readonly number[]): Truth4 {
  let some = false;
  let every = true;
  for (const o of objs) {
    for (const d of degs) {
      const higher = (M2025[o]?.[d] ?? 0) > (M2020[o]?.[d] ?? 0);
      some ||= higher;
      every &&= higher;
    }
  }
  return every ? true : some ? 'unknown' : false;
}

/** Whether the system is a platform hosting other systems (cloud platform product, or platform-hosting function). */
function platform(answers: Answers, s: Scenario): Truth4 {
  return or4([test(answers, F.category, s, (v) => v === 'cloud_platform'), test(answers, F.fn, s, (v) => v === 'platform_hosting')]);
}

/** The highest of `base` and the levels of the floors whose truth in `s` is accepted by `counts`. */
function maxLevel(base: number, floors: readonly FloorEval[], s: Scenario, counts: (t: Truth4) => boolean): number {
  let max = base;
  for (const f of floors) if (counts(f.truth[s])) max = Math.max(max, f.level);
  return max;
}

/** G-07's condition (brief §17.1): a dispatch or trading core of a CII operator is a level-5 candidate. */
function level5(answers: Answers, s: Scenario): Truth4 {
  return and4([test(answers, F.fn, s, (v) => v === 'dispatch_or_trading_core'), test(answers, F.cii, s, (v) => v === 'identified')]);
}

function scenarioLevels(applicable: true | 'unknown', std: Interval, t2025: Interval, floors: FloorEval[], declared: number | null, l5: Truth4, s: Scenario, above: Truth4): ScenarioLevels {
  const levelMin = { lo: maxLevel(std.lo, floors, s, (t) => t === true), hi: maxLevel(std.hi, floors, s, (t) => t === true || t === 'unknown') };
  const d = declared ?? 0;
  const levelMax = {
    lo: Math.max(levelMin.lo, t2025.lo, d, l5 === true ? 5 : 0),
    hi: Math.max(levelMin.hi, t2025.hi, d, l5 === true || l5 === 'unknown' ? 5 : 0),
  };
  return { applicable, std, t2025, levelMin, levelMax, t2025AboveStd: above };
}

/** Runs the estimator of brief §16 on a validated profile (whose answers `assess` has read already). */
export function estimateMlps(profile: Profile, answers: Answers = new Answers(profile)): MlpsResult {
  const graded = answers.get(F.gradedInCn);
  if (graded === undefined) {
    return { estimate: null, notApplicable: 'No system section: MLPS was not assessed.', scenarios: null, likelySources: [] };
  }
  if (graded === false) {
    return {
      estimate: null,
      notApplicable: 'system.graded_in_cn is false: no PRC network operator runs the system the product lands in, so MLPS does not apply and no MLPS-based rule fires.',
      scenarios: null,
      likelySources: [],
    };
  }
  const applicable = graded === UNKNOWN ? 'unknown' : true;
  const objs = indexes(answers, F.harmObject, HARM_OBJECTS);
  const degs = indexes(answers, F.harmDegree, HARM_DEGREES);
  const harmKnown = objs.length === 1 && degs.length === 1;
  const std = matrixInterval(M2020, objs, degs);
  const t2025 = matrixInterval(M2025, objs, degs);
  const above = t2025AboveStd(objs, degs);
  const declaredValue = known(answers, F.declared);
  const declared = typeof declaredValue === 'number' ? declaredValue : null;
  const floors = evalFloors(answers);
  const l5 = both((s) => level5(answers, s));
  const scenarios = {
    pos: scenarioLevels(applicable, std, t2025, floors, declared, l5.pos, 'pos', above),
    neg: scenarioLevels(applicable, std, t2025, floors, declared, l5.neg, 'neg', above),
  };
  const sources = new Set<string>();
  for (const f of floors) if (f.truth.pos !== f.truth.neg) f.sources.forEach((x) => sources.add(x));
  if (l5.pos !== l5.neg) likelySource(answers, F.cii).forEach((x) => sources.add(x));
  const likelySources = [...sources].sort();

  // The reported estimate: the positive scenario, counting only floors that hold.
  const applied: FloorApplied[] = [];
  const pending: FloorApplied[] = [];
  for (const f of floors) {
    if (f.truth.pos === true) applied.push({ id: f.id, level: f.level, conditional: f.truth.neg !== true });
    else if (f.truth.pos === 'unknown') pending.push({ id: f.id, level: f.level, conditional: false });
  }
  const levelMin = maxLevel(std.lo, floors, 'pos', (t) => t === true);
  const maxWithoutDeclared = Math.max(levelMin, t2025.hi, l5.pos === true ? 5 : 0);
  const levelMax = Math.max(maxWithoutDeclared, declared ?? 0);
  const stdLevel = harmKnown ? std.lo : null;
  const t2025Level = harmKnown ? t2025.lo : null;

  const warnings: MlpsWarning[] = [];
  const basis: string[] = [];
  const obj = objs.length === 1 ? HARM_OBJECTS[objs[0] ?? 0] : undefined;
  const deg = degs.length === 1 ? HARM_DEGREES[degs[0] ?? 0] : undefined;
  if (applicable === 'unknown') {
    warnings.push({ code: 'applicability-unknown', message: 'Whether a PRC network operator runs the system (system.graded_in_cn) is unknown: MLPS may not apply at all, so MLPS-based findings are REVIEW until it is answered.' });
  }
  if (harmKnown && obj && deg) {
    basis.push(`Standard level ${std.lo}: GB/T 22240-2020 matrix, ${OBJECT_TEXT[obj]} × ${DEGREE_TEXT[deg]} harm.`);
    basis.push(`2025-template level ${t2025.lo}: MPS 2025 grading-report template matrix (third row 4/5/5).`);
  } else {
    basis.push(`Standard level ${std.lo === std.hi ? String(std.lo) : `${std.lo}–${std.hi}`}: the harm ${obj ? 'degree' : deg ? 'object' : 'object and degree'} ${obj || deg ? 'is' : 'are'} unknown, so the GB/T 22240-2020 matrix gives only a range.`);
    warnings.push({ code: 'harm-unknown', message: 'The harm object or degree is unknown: the level range is open and rules that turn on the level are REVIEW unless a floor settles them. Answer system.harm_object_max and system.harm_degree_max.' });
    const h = heuristicWarning((path) => answers.get(fieldRef(path)));
    if (h) warnings.push(h);
  }
  basis.push(...describeFloors(applied, pending, floors));
  if (answers.get(F.maxHosted) === UNKNOWN && platform(answers, 'pos') !== false) {
    basis.push('Platform floor not applied: the highest level hosted on the platform (system.max_hosted_level) is unknown.');
  }
  basis.push(`Minimum ${levelMin} (${LEVEL_NAMES[levelMin] ?? ''}): the higher of the standard level and the floors that hold.`);
  basis.push(`Maximum ${levelMax}: the highest of the minimum, the 2025-template level${declared !== null ? `, the declared level ${declared}` : ''}${l5.pos === true ? ' and the level-5 candidate flag (G-07)' : ''}.`);
  if (obj !== 'national_security') {
    basis.push('The 2025 template widens the third harm object to "national security or regional security, national economy and people\'s livelihood": a grader using it may move livelihood-type harms from the second row to the third.');
  }
  if (above === true) {
    warnings.push({ code: 't2025-higher', message: `MPS practice since 2025 may grade higher than the national standard: the 2025 template gives level ${t2025.lo}, GB/T 22240-2020 gives ${std.lo}.` });
  }
  if (l5.pos === true || l5.pos === 'unknown') {
    warnings.push({ code: 'level5-candidate', message: `${l5.pos === true ? '' : 'Possibly (an answer is unknown): '}level-5 candidate under 公网安〔2025〕1846号 Q7–Q9 (dispatch or trading core of a CII operator)${l5.pos === true && l5.neg !== true ? ', if CII identification is confirmed' : ''}. Level 5 files with a provincial PSB and is tested yearly.` });
  }
  const declaredRaw = answers.get(F.declared);
  if (declared !== null && declared < levelMin) {
    const cond = applied.some((f) => f.conditional && f.level > declared) && Math.max(std.lo, ...applied.filter((f) => !f.conditional).map((f) => f.level)) <= declared;
    warnings.push({ code: 'under-grading', message: `Possible under-grading${cond ? ' (if the likely answers are confirmed)' : ''}: the declared level ${declared} is below the estimated minimum ${levelMin}.` });
  }
  if (declared !== null && declared > maxWithoutDeclared) {
    warnings.push({ code: 'declared-above-max', message: `The declared level ${declared} is above the estimate (${maxWithoutDeclared}); accepted, since operators may grade higher.` });
  }
  if (declaredRaw === 'none' && levelMin >= 2) {
    warnings.push({ code: 'ungraded', message: `The system is declared not graded, but the estimated minimum is level ${levelMin}: level 2 and above must be graded and filed with the PSB.` });
  }
  const estimate: MlpsEstimate = {
    levelMin,
    levelMax,
    stdLevel,
    t2025Level,
    floorsApplied: applied,
    floorsPending: pending,
    warnings,
    basis,
    declared: declared ?? (declaredRaw === 'none' ? 'none' : 'unknown'),
  };
  return { estimate, scenarios, likelySources };
}
