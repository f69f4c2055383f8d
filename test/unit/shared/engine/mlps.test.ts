// The MLPS level estimator (brief §16): both matrices, floors (applied, conditional, pending), the range, the
// declared level and its warnings, unknown harm, and N/A.
import { describe, expect, it } from 'vitest';
import { assessRaw, findingOf, withAnswers } from './neutral-profile';
import type { Changes } from './neutral-profile';

const OBJECTS = ['citizens', 'social_order', 'national_security'] as const;
const DEGREES = ['general', 'serious', 'especially_serious'] as const;
const STD = [
  [1, 2, 2],
  [2, 3, 4],
  [3, 4, 5],
];
const T2025 = [
  [1, 2, 2],
  [2, 3, 4],
  [4, 5, 5],
];

function mlps(changes: Changes) {
  const a = assessRaw(withAnswers(changes));
  if (!a.mlps) throw new Error(`expected an MLPS estimate, got N/A: ${a.mlpsNotApplicable ?? ''}`);
  return a.mlps;
}

describe('MLPS matrices', () => {
  const grid = OBJECTS.flatMap((o, i) => DEGREES.map((d, j) => [o, d, STD[i]?.[j], T2025[i]?.[j]] as const));
  it.each(grid)('%s × %s → standard %i, 2025 template %i', (o, d, std, t) => {
    const m = mlps({ system: { harm_object_max: o, harm_degree_max: d, declared_mlps: 'none' } });
    expect(m.stdLevel).toBe(std);
    expect(m.t2025Level).toBe(t);
    expect(m.levelMin).toBe(std);
    expect(m.levelMax).toBe(t);
  });

  it('citizens × especially serious is level 2, never 3 (the 2018 draft variant is not applied)', () => {
    const m = mlps({ system: { harm_object_max: 'citizens', harm_degree_max: 'especially_serious' } });
    expect([m.stdLevel, m.t2025Level, m.levelMax]).toEqual([2, 2, 2]);
  });

  it('warns when the 2025 template grades higher, and G-02 fires', () => {
    const a = assessRaw(withAnswers({ system: { harm_object_max: 'national_security', harm_degree_max: 'serious' } }));
    expect(a.mlps?.warnings.map((w) => w.code)).toContain('t2025-higher');
    expect(a.mlps?.levelMax).toBe(5);
    expect(findingOf(a, 'G-02')?.outcome).toBe('fire');
    expect(a.mlps?.basis.join(' ')).toMatch(/GB\/T 22240-2020/);
  });
});

describe('floors', () => {
  it('an identified CII floors the level at 3; the floor is listed as applied', () => {
    const m = mlps({ customer: { cii_status: 'identified' } });
    expect(m.levelMin).toBe(3);
    expect(m.floorsApplied).toContainEqual({ id: 'F-CII', level: 3, conditional: false });
  });

  it('a likely CII gives a conditional floor, and level-3 rules become conditional', () => {
    const a = assessRaw(withAnswers({ customer: { cii_status: 'likely' } }));
    expect(a.mlps?.floorsApplied).toContainEqual({ id: 'F-CII', level: 3, conditional: true });
    expect(a.mlps?.levelMin).toBe(3);
    const in04 = findingOf(a, 'IN-04');
    expect(in04?.outcome).toBe('conditional');
    expect(in04?.conditionalOn).toEqual(['customer.cii_status']);
    expect(in04?.trace.find((t) => t.field === 'mlps.level_max')?.viaLikely).toBe(true);
  });

  it('an unknown CII is a pending floor: not counted, and rules that need it are REVIEW', () => {
    const a = assessRaw(withAnswers({ system: { harm_degree_max: 'serious' }, customer: { cii_status: 'unknown' } }));
    expect(a.mlps?.levelMin).toBe(2);
    expect(a.mlps?.levelMax).toBe(2);
    expect(a.mlps?.floorsPending).toContainEqual({ id: 'F-CII', level: 3, conditional: false });
    expect(a.mlps?.floorsApplied).toEqual([]);
    expect(findingOf(a, 'IN-04')?.outcome).toBe('fire'); // level 2 holds anyway
    expect(findingOf(a, 'CT-03')?.outcome).toBe('review'); // needs level 3: only through the pending floor
    expect(findingOf(a, 'CT-03')?.reviewReasons).toContain('unknown-answer');
  });

  it('important data floors at 3, core data at 4; unknown core data is pending (AC-01 shape)', () => {
    const m = mlps({ data: { important_data: 'likely', core_data: 'unknown' } });
    expect(m.floorsApplied).toEqual([{ id: 'F-DATA-IMPORTANT', level: 3, conditional: true }]);
    expect(m.floorsPending).toEqual([{ id: 'F-DATA-CORE', level: 4, conditional: false }]);
    expect(mlps({ data: { core_data: 'yes' } }).levelMin).toBe(4);
  });

  it('a tertiary-A hospital core system floors at 3', () => {
    const m = mlps({ customer: { sector: 'healthcare', hospital_tier: 'tertiary_a' }, system: { function: 'core_business' } });
    expect(m.floorsApplied).toContainEqual({ id: 'F-HEALTH', level: 3, conditional: false });
    expect(m.levelMin).toBe(3);
  });

  it('a platform is at least the highest level it hosts; a big-data platform at least 3', () => {
    expect(mlps({ product: { category: 'cloud_platform' }, system: { max_hosted_level: 4 } }).levelMin).toBe(4);
    expect(mlps({ system: { function: 'platform_hosting', max_hosted_level: 'unknown' } }).basis.join(' ')).toMatch(/Platform floor not applied/);
    expect(mlps({ system: { max_hosted_level: 4 } }).levelMin).toBe(1); // not a platform
    expect(mlps({ system: { extensions: ['big_data'] } }).floorsApplied).toContainEqual({ id: 'F-PLATFORM', level: 3, conditional: false });
  });

  it('a dispatch or trading core of a CII is a level-5 candidate: maximum 5, minimum unchanged', () => {
    const a = assessRaw(withAnswers({ customer: { cii_status: 'identified' }, system: { function: 'dispatch_or_trading_core' } }));
    expect(a.mlps?.levelMax).toBe(5);
    expect(a.mlps?.levelMin).toBe(3);
    expect(a.mlps?.warnings.map((w) => w.code)).toContain('level5-candidate');
    expect(a.mlps?.floorsApplied.every((f) => f.level <= (a.mlps?.levelMin ?? 0))).toBe(true);
    expect(findingOf(a, 'G-07')?.outcome).toBe('fire');
  });
});

describe('declared level', () => {
  it('below the minimum gives the under-grading warning and never lowers the minimum', () => {
    const m = mlps({ customer: { cii_status: 'identified' }, system: { declared_mlps: 2 } });
    expect(m.levelMin).toBe(3);
    expect(m.warnings.filter((w) => w.code === 'under-grading')).toHaveLength(1);
  });

  it('equal to or within the range gives no under-grading warning', () => {
    expect(mlps({ system: { declared_mlps: 1 } }).warnings.map((w) => w.code)).not.toContain('under-grading');
    expect(mlps({ system: { declared_mlps: 'none' } }).warnings).toEqual([]);
  });

  it('above the estimate is accepted as the maximum', () => {
    const m = mlps({ system: { declared_mlps: 3 } });
    expect([m.levelMin, m.levelMax, m.declared]).toEqual([1, 3, 3]);
    expect(m.warnings.map((w) => w.code)).toContain('declared-above-max');
  });

  it('"none" at an estimated level 2+ says the system must be graded and filed', () => {
    expect(mlps({ system: { ...{ harm_degree_max: 'serious' }, declared_mlps: 'none' } }).warnings.map((w) => w.code)).toEqual(['ungraded']);
  });
});

describe('unknown harm and N/A', () => {
  it('unknown harm: open range, G-01 REVIEW, level rules REVIEW, heuristic shown only as a labelled warning', () => {
    const a = assessRaw(withAnswers({ system: { harm_object_max: 'unknown', harm_degree_max: 'unknown', function: 'public_service' } }));
    expect(a.mlps?.stdLevel).toBeNull();
    expect(a.mlps?.t2025Level).toBeNull();
    expect(a.mlps?.levelMin).toBe(1);
    expect(a.mlps?.levelMax).toBe(5);
    const codes = a.mlps?.warnings.map((w) => w.code);
    expect(codes).toContain('harm-unknown');
    expect(codes).toContain('heuristic');
    expect(a.mlps?.warnings.find((w) => w.code === 'heuristic')?.message).toMatch(/not law/);
    expect(findingOf(a, 'G-01')?.outcome).toBe('review');
    expect(findingOf(a, 'G-08')?.outcome).toBe('review');
  });

  it('a known object with unknown degree bounds the range by its row', () => {
    const m = mlps({ system: { harm_degree_max: 'unknown' } });
    expect([m.levelMin, m.levelMax]).toEqual([1, 2]);
  });

  it('a known floor settles a level test even with unknown harm', () => {
    const a = assessRaw(withAnswers({ system: { harm_object_max: 'unknown' }, customer: { cii_status: 'identified' } }));
    expect(findingOf(a, 'G-08')?.outcome).toBe('fire');
    expect(findingOf(a, 'G-08')?.severity).toBe('medium');
  });

  it('graded_in_cn = false: MLPS N/A with a reason, and no MLPS-based rule applies (I-4)', () => {
    const a = assessRaw(withAnswers({ system: { graded_in_cn: false }, customer: { cii_status: 'not_cii' }, product: { customization: 'bespoke_development', crypto_functions: ['tls'] } }));
    expect(a.mlps).toBeNull();
    expect(a.mlpsNotApplicable).toMatch(/graded_in_cn is false/);
    expect(a.findings.filter((f) => f.ruleId.startsWith('G-') || ['SC-01', 'SC-02', 'CT-07', 'IN-04'].includes(f.ruleId))).toEqual([]);
  });

  it('no system section: N/A, not assessed', () => {
    const a = assessRaw(withAnswers({ system: null }));
    expect(a.mlps).toBeNull();
    expect(a.mlpsNotApplicable).toMatch(/No system section/);
    expect(a.sectionsAssessed).not.toContain('system');
  });

  it('graded_in_cn unknown: estimate given, applicability warned, level rules REVIEW', () => {
    const a = assessRaw(withAnswers({ system: { graded_in_cn: 'unknown', ...{ harm_degree_max: 'serious' } } }));
    expect(a.mlps?.warnings.map((w) => w.code)).toContain('applicability-unknown');
    expect(findingOf(a, 'IN-04')?.outcome).toBe('review');
  });
});
