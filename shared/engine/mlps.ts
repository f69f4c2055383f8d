/**
 * The MLPS level estimator of brief §16. It works on intervals so unknown answers stay honest: with the harm
 * unknown the standard level is "1 to 5", and a rule testing `mlps.level_max ≥ 3` is REVIEW unless a floor that
 * holds already settles it. Floors resting on `likely` answers count in the positive scenario only (conditional);
 * floors resting on `unknown` answers are pending: they widen the upper bound used by rule tests but are never
 * counted in the reported levels. Heuristic defaults for unknown harm are reported as a labelled warning only and
 * never feed a rule (they are not law).
 */
import type { FloorApplied, FloorId, MlpsEstimate, MlpsWarning } from './assessment';
import type { Profile } from '../profile/types';
import { and4, lookup, or4 } from './facts';
import type { Scenario, Truth4 } from './facts';
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

function indexes(profile: Profile, path: string, values: readonly string[]): number[] {
  const l = lookup(profile, path, 'pos');
  if (l.kind === 'value' && typeof l.value === 'string' && values.includes(l.value)) return [values.indexOf(l.value)];
  return values.map((_, i) => i);
}

function matrixInterval(m: readonly (readonly number[])[], objs: number[], degs: number[]): Interval {
  const all = objs.flatMap((o) => degs.map((d) => m[o]?.[d] ?? 1));
  return { lo: Math.min(...all), hi: Math.max(...all) };
}

function test(profile: Profile, path: string, s: Scenario, ok: (v: unknown) => boolean): Truth4 {
  const l = lookup(profile, path, s);
  if (l.kind === 'na') return 'na';
  if (l.kind === 'unknown') return 'unknown';
  return ok(l.value);
}

function both(f: (s: Scenario) => Truth4): Record<Scenario, Truth4> {
  return { pos: f('pos'), neg: f('neg') };
}

function likelyOf(profile: Profile, paths: readonly string[]): string[] {
  return paths.filter((p) => {
    const l = lookup(profile, p, 'pos');
    return l.kind === 'value' && l.likely;
  });
}

function evalFloors(profile: Profile): FloorEval[] {
  const floors: FloorEval[] = [
    {
      id: 'F-CII',
      level: 3,
      truth: both((s) => test(profile, 'customer.cii_status', s, (v) => v === 'identified')),
      sources: likelyOf(profile, ['customer.cii_status']),
      text: 'system of an identified CII operator: at least level 3 (GB/T 22240-2020; 公网安〔2020〕1960号)',
    },
    {
      id: 'F-DATA-IMPORTANT',
      level: 3,
      truth: both((s) => test(profile, 'data.important_data', s, (v) => v === 'notified')),
      sources: likelyOf(profile, ['data.important_data']),
      text: 'important data: at least level 3 (2025 grading template notes)',
    },
    {
      id: 'F-DATA-CORE',
      level: 4,
      truth: both((s) => test(profile, 'data.core_data', s, (v) => v === 'yes')),
      sources: [],
      text: 'core data: at least level 4 (2025 grading template notes)',
    },
    {
      id: 'F-HEALTH',
      level: 3,
      truth: both((s) =>
        and4([
          test(profile, 'customer.sector', s, (v) => v === 'healthcare'),
          test(profile, 'customer.hospital_tier', s, (v) => v === 'tertiary_a'),
          test(profile, 'system.function', s, (v) => v === 'core_business'),
        ]),
      ),
      sources: [],
      text: 'core business system of a tertiary-A hospital: at least level 3 (卫办发〔2011〕85号)',
    },
    {
      id: 'F-PLATFORM',
      level: 3,
      truth: both((s) => test(profile, 'system.extensions', s, (v) => Array.isArray(v) && v.includes('big_data'))),
      sources: [],
      text: 'big-data platform: in principle at least level 3 (GB/T 22240-2020)',
    },
  ];
  const hosted = lookup(profile, 'system.max_hosted_level', 'pos');
  if (hosted.kind === 'value' && typeof hosted.value === 'number') {
    const level = hosted.value;
    floors.push({
      id: 'F-PLATFORM',
      level,
      truth: both((s) =>
        or4([
          test(profile, 'product.category', s, (v) => v === 'cloud_platform'),
          test(profile, 'system.function', s, (v) => v === 'platform_hosting'),
        ]),
      ),
      sources: [],
      text: `platform hosting systems up to level ${level}: at least the highest hosted level (GB/T 22240-2020)`,
    });
  }
  return floors;
}

/** G-07's condition (brief §17.1): a dispatch or trading core of a CII operator is a level-5 candidate. */
function level5(profile: Profile, s: Scenario): Truth4 {
  return and4([
    test(profile, 'system.function', s, (v) => v === 'dispatch_or_trading_core'),
    test(profile, 'customer.cii_status', s, (v) => v === 'identified'),
  ]);
}

function scenarioLevels(applicable: true | 'unknown', std: Interval, t2025: Interval, floors: FloorEval[], declared: number | null, l5: Truth4, s: Scenario, above: Truth4): ScenarioLevels {
  const held = floors.filter((f) => f.truth[s] === true).map((f) => f.level);
  const open = floors.filter((f) => f.truth[s] === true || f.truth[s] === 'unknown').map((f) => f.level);
  const levelMin = { lo: Math.max(std.lo, ...held), hi: Math.max(std.hi, ...open) };
  const d = declared ?? 0;
  const levelMax = {
    lo: Math.max(levelMin.lo, t2025.lo, d, l5 === true ? 5 : 0),
    hi: Math.max(levelMin.hi, t2025.hi, d, l5 === true || l5 === 'unknown' ? 5 : 0),
  };
  return { applicable, std, t2025, levelMin, levelMax, t2025AboveStd: above };
}

/** Runs the estimator of brief §16 on a validated profile. */
export function estimateMlps(profile: Profile): MlpsResult {
  const graded = lookup(profile, 'system.graded_in_cn', 'pos');
  if (graded.kind === 'na') {
    return { estimate: null, notApplicable: 'No system section: MLPS was not assessed.', scenarios: null, likelySources: [] };
  }
  if (graded.kind === 'value' && graded.value === false) {
    return {
      estimate: null,
      notApplicable: 'system.graded_in_cn is false: no PRC network operator runs the system the product lands in, so MLPS does not apply and no MLPS-based rule fires.',
      scenarios: null,
      likelySources: [],
    };
  }
  const applicable = graded.kind === 'value' ? true : 'unknown';
  const objs = indexes(profile, 'system.harm_object_max', HARM_OBJECTS);
  const degs = indexes(profile, 'system.harm_degree_max', HARM_DEGREES);
  const harmKnown = objs.length === 1 && degs.length === 1;
  const std = matrixInterval(M2020, objs, degs);
  const t2025 = matrixInterval(M2025, objs, degs);
  const aboveAll = objs.flatMap((o) => degs.map((d) => (M2025[o]?.[d] ?? 0) > (M2020[o]?.[d] ?? 0)));
  const above: Truth4 = aboveAll.every(Boolean) ? true : aboveAll.some(Boolean) ? 'unknown' : false;
  const declaredL = lookup(profile, 'system.declared_mlps', 'pos');
  const declared = declaredL.kind === 'value' && typeof declaredL.value === 'number' ? declaredL.value : null;
  const floors = evalFloors(profile);
  const l5 = both((s) => level5(profile, s));
  const scenarios = {
    pos: scenarioLevels(applicable, std, t2025, floors, declared, l5.pos, 'pos', above),
    neg: scenarioLevels(applicable, std, t2025, floors, declared, l5.neg, 'neg', above),
  };
  const likelySources = [...new Set([...floors.filter((f) => f.truth.pos !== f.truth.neg).flatMap((f) => f.sources), ...(l5.pos !== l5.neg ? likelyOf(profile, ['customer.cii_status']) : [])])].sort();

  // The reported estimate: the positive scenario, counting only floors that hold.
  const applied: FloorApplied[] = floors.filter((f) => f.truth.pos === true).map((f) => ({ id: f.id, level: f.level, conditional: f.truth.neg !== true }));
  const pending: FloorApplied[] = floors.filter((f) => f.truth.pos === 'unknown').map((f) => ({ id: f.id, level: f.level, conditional: false }));
  const levelMin = Math.max(std.lo, ...applied.map((f) => f.level));
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
    const h = heuristicWarning(profile);
    if (h) warnings.push(h);
  }
  basis.push(...describeFloors(applied, pending, floors.map((f) => ({ id: f.id, level: f.level, text: f.text }))));
  if (lookup(profile, 'system.max_hosted_level', 'pos').kind === 'unknown' && or4([test(profile, 'product.category', 'pos', (v) => v === 'cloud_platform'), test(profile, 'system.function', 'pos', (v) => v === 'platform_hosting')]) !== false) {
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
  const declaredRaw = profile.system?.declared_mlps;
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
