// Scores: monotone in every ordered answer (property test over thousands of random valid profiles), residual never
// above raw, deterministic, and the documented formula.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, Scores } from '../../../../shared/engine/assessment';
import { isWorse, WORSE_ORDER } from '../../../../shared/engine/ordering';
import { computeResidualScores, computeScores, findingWeight, indexOf, SCORE_METHOD } from '../../../../shared/engine/scores';
import { fieldByPath } from '../../../../shared/profile/fields';
import { knownValueArb, profileArb } from '../arbitraries';
import type { RawProfile } from '../arbitraries';
import { assessRaw, findingOf, level, withAnswers } from './neutral-profile';

/** Every index of a score set, under distinct keys (`inspection` is both an index and an exposure kind). */
function flat(s: Scores): Record<string, number> {
  const out: Record<string, number> = { 'index:sourceCode': s.sourceCode, 'index:inspection': s.inspection };
  for (const [k, v] of Object.entries(s.byExposure)) out[`kind:${k}`] = v;
  return out;
}

function set(raw: RawProfile, path: string, value: unknown): RawProfile {
  const [section = '', key = ''] = path.split('.');
  return { ...raw, [section]: { ...(raw[section] ?? {}), [key]: value } };
}

/** A field of the ordering table and two definite answers, the second strictly worse. */
const worsePairArb: fc.Arbitrary<{ path: string; better: unknown; worse: unknown }> = fc
  .constantFrom(...Object.keys(WORSE_ORDER))
  .chain((path) => {
    const def = fieldByPath(path);
    if (!def) throw new Error(`ordering names unknown field ${path}`);
    const value = knownValueArb(def);
    return fc.tuple(fc.constant(path), value, value);
  })
  .filter(([path, a, b]) => isWorse(path, a, b))
  .map(([path, better, worse]) => ({ path, better, worse }));

describe('score monotonicity', () => {
  it('every ordered field has a definite worse pair and names a real field', () => {
    for (const path of Object.keys(WORSE_ORDER)) expect(fieldByPath(path), path).toBeDefined();
    expect(isWorse('customer.cii_status', 'not_cii', 'likely')).toBe(true);
    expect(isWorse('customer.cii_status', 'identified', 'likely')).toBe(false);
    expect(isWorse('data.cross_border', ['hr_management'], ['hr_management', 'analytics'])).toBe(true);
    expect(isWorse('data.cross_border', ['none'], ['analytics'])).toBe(true);
    expect(isWorse('product.category', 'os', 'firewall_utm')).toBe(false);
  });

  it('a worse answer never lowers any score (2,000 random valid profiles)', () => {
    fc.assert(
      fc.property(profileArb(), worsePairArb, (raw, { path, better, worse }) => {
        const a = flat(assessRaw(set(raw, path, better)).scores);
        const b = flat(assessRaw(set(raw, path, worse)).scores);
        for (const k of Object.keys(a)) {
          if ((b[k] ?? 0) < (a[k] ?? 0)) throw new Error(`${path}: ${JSON.stringify(better)} → ${JSON.stringify(worse)} lowered ${k} from ${a[k]} to ${b[k]}`);
        }
      }),
      { numRuns: 2000 },
    );
  }, 300_000);
});

describe('residual scores', () => {
  it('are never above the raw scores, whichever mitigations are implemented (1,000 profiles)', () => {
    fc.assert(
      fc.property(profileArb(), fc.func(fc.boolean()), (raw, pick) => {
        const findings = assessRaw(raw).findings;
        const rawScores = flat(computeScores(findings));
        const residual = flat(computeResidualScores(findings, (id, code) => pick(id, code)));
        for (const k of Object.keys(rawScores)) expect(residual[k]).toBeLessThanOrEqual(rawScores[k] ?? 0);
      }),
      { numRuns: 1000 },
    );
  }, 300_000);

  it('implementing every mitigation of a finding keeps a quarter of its weight; none keeps all of it', () => {
    const f = findingOf(assessRaw(withAnswers({ system: level(3), product: { customization: 'bespoke_development' } })), 'SC-01');
    if (!f) return expect.fail('SC-01 should fire');
    expect(findingWeight(f)).toBe(4);
    expect(findingWeight(f, { implemented: () => true })).toBe(1);
    expect(findingWeight(f, { implemented: (_, code) => code === 'M-DELTA' })).toBeCloseTo(4 * (1 - 0.75 / 4));
  });
});

describe('score formula', () => {
  it('is 0 with no exposure and 50 for one confirmed high source-code finding', () => {
    expect(assessRaw(withAnswers({ travel: { devices_into_cn: false } })).scores.sourceCode).toBe(0);
    const a = assessRaw(withAnswers({ system: level(3), product: { customization: 'bespoke_development' } }));
    // SC-01 (high, 4) + SC-02 (medium, 2) → 6 → 100 × (1 − 2^(−6/4)) = 65
    expect(a.scores.sourceCode).toBe(indexOf(6, 4));
    expect(indexOf(4, 4)).toBe(50);
  });

  it('weighs REVIEW half and conditional three quarters, and informational or derivation findings nothing', () => {
    const base = { severity: 'high', exposure: ['source-code'], mitigations: [] } as const;
    const f = (outcome: Finding['outcome']): Finding => ({ ...base, ruleId: 'X', ruleVersion: 1, outcome, confidence: 'WR', title: 'x', legalBasis: [], trace: [] });
    expect([findingWeight(f('fire')), findingWeight(f('conditional')), findingWeight(f('review'))]).toEqual([4, 3, 2]);
    expect(findingWeight({ ...f('review'), factsOutcome: 'fire' })).toBe(4);
    expect(findingWeight({ ...f('fire'), severity: null })).toBe(0);
    expect(findingWeight({ ...f('fire'), severity: 'info' })).toBe(0);
  });

  it('is deterministic and documented in both languages', () => {
    const raw = withAnswers({ customer: { cii_status: 'likely' }, product: { category: 'firewall_utm' } });
    expect(assessRaw(raw).scores).toEqual(assessRaw(raw).scores);
    expect(SCORE_METHOD.en).toMatch(/100 × \(1 − 2\^\(−T\/H\)\)/);
    expect(SCORE_METHOD.zh).toMatch(/剩余风险/);
  });
});
