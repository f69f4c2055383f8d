/**
 * The twelve invariants of cases.md (I-1 … I-12) as fast-check properties over random valid profiles, plus
 * determinism. Properties that only bite on rare profiles force the relevant answers and count how often the rule
 * under test actually appeared, so a property can never pass vacuously.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITIES, type Severity } from '../../../../shared/catalogue/types';
import type { Assessment, Finding, Outcome } from '../../../../shared/engine/assessment';
import type { ProfileAnswers } from '../../../../shared/review/types';
import { summariseAssessment } from '../../../../cli/summary';
import { FORMATS } from '../../../../cli/formats';
import { anyProfile as profileArb } from './profile-arb';
import { answerOf, assessRaw, findingOf, withAnswer, withoutAnswer } from './support';

const RUNS = { numRuns: 1000 };
/** Generous: the engine is being optimised and the CI machine is shared. */
const TIMEOUT = 600_000;

const DEGREES = ['general', 'serious', 'especially_serious'] as const;
const OUTCOME_RANK: Readonly<Record<Exclude<Outcome, 'no'>, number>> = { review: 0, conditional: 1, fire: 2 };
const severityRank = (s: Severity | null): number => (s === null ? -1 : SEVERITIES.indexOf(s));
const isFiring = (f: Finding | undefined): boolean => f !== undefined && (f.outcome === 'fire' || f.outcome === 'conditional');

/** The MLPS-based rules of I-4 (never listed when the system is not graded in China). */
const MLPS_RULES = [
  'G-01', 'G-02', 'G-03', 'G-04', 'G-05', 'G-06', 'G-07', 'G-08', 'G-09',
  'SC-01', 'SC-02', 'SC-04', 'CT-02', 'CT-03', 'CT-04', 'CT-07', 'CT-11', 'IN-04', 'DA-06', 'RM-01',
];

/** Every `likely` answer replaced by its negative (§15.7 operational test). */
function withLikelyNegated(raw: ProfileAnswers): ProfileAnswers {
  let out = raw;
  if (answerOf(out, 'customer.cii_status') === 'likely') out = withAnswer(out, 'customer.cii_status', 'not_cii');
  if (answerOf(out, 'data.important_data') === 'likely') out = withAnswer(out, 'data.important_data', 'no');
  return out;
}

function byRule(a: Assessment): Map<string, Finding> {
  return new Map(a.findings.map((f) => [f.ruleId, f]));
}

describe('invariants over random valid profiles', () => {
  it('I-1: citizens harm gives 1 / 2 / 2 in both matrices, never 3', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...DEGREES), (raw, degree) => {
        let p = withAnswer(raw, 'system.graded_in_cn', true);
        p = withAnswer(p, 'system.harm_object_max', 'citizens');
        p = withAnswer(p, 'system.harm_degree_max', degree);
        const mlps = assessRaw(p).mlps;
        const expected = degree === 'general' ? 1 : 2;
        expect(mlps?.stdLevel).toBe(expected);
        expect(mlps?.t2025Level).toBe(expected);
        if (mlps && mlps.floorsApplied.length === 0) expect(mlps.levelMin).toBe(expected);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('I-2: national-security harm gives 3/4/5 (standard) and 4/5/5 (2025); a higher 2025 level fires G-02 and raises level_max', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...DEGREES), (raw, degree) => {
        let p = withAnswer(raw, 'system.graded_in_cn', true);
        p = withAnswer(p, 'system.harm_object_max', 'national_security');
        p = withAnswer(p, 'system.harm_degree_max', degree);
        const mlps = assessRaw(p).mlps;
        expect(mlps?.stdLevel).toBe({ general: 3, serious: 4, especially_serious: 5 }[degree]);
        expect(mlps?.t2025Level).toBe({ general: 4, serious: 5, especially_serious: 5 }[degree]);
      }),
      RUNS,
    );
    let divergent = 0;
    fc.assert(
      fc.property(profileArb, (raw) => {
        // A graded system: with graded_in_cn unknown every MLPS-based rule is REVIEW (§17 notation, §15.7).
        if (answerOf(raw, 'system.graded_in_cn') !== true) return;
        const a = assessRaw(raw);
        const { mlps } = a;
        if (mlps === null || mlps.stdLevel === null || mlps.t2025Level === null || mlps.t2025Level <= mlps.stdLevel) return;
        divergent++;
        expect(findingOf(a, 'G-02')?.outcome).toBe('fire');
        expect(mlps.levelMax).toBeGreaterThanOrEqual(mlps.t2025Level);
      }),
      RUNS,
    );
    expect(divergent).toBeGreaterThan(0);
  }, TIMEOUT);

  it('I-3: level_min ≤ level_max, floors hold, declared levels never lower level_min and warn when below it', () => {
    let warned = 0;
    fc.assert(
      fc.property(profileArb, (raw) => {
        const { mlps } = assessRaw(raw);
        if (mlps === null) return;
        expect(mlps.levelMin).toBeLessThanOrEqual(mlps.levelMax);
        for (const floor of mlps.floorsApplied) expect(mlps.levelMin).toBeGreaterThanOrEqual(floor.level);
        if (mlps.stdLevel !== null) expect(mlps.levelMin).toBeGreaterThanOrEqual(mlps.stdLevel);
        const underGrading = mlps.warnings.some((w) => w.code === 'under-grading');
        const declared = mlps.declared;
        if (typeof declared === 'number') {
          expect(mlps.levelMax).toBeGreaterThanOrEqual(declared);
          expect(underGrading).toBe(declared < mlps.levelMin);
          if (underGrading) warned++;
        } else {
          expect(underGrading).toBe(false);
        }
      }),
      RUNS,
    );
    expect(warned).toBeGreaterThan(0);
  }, TIMEOUT);

  it('I-3: the declared level follows the profile and a lower one cannot pull level_min down', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 1, max: 5 }), (raw, declared) => {
        const p = withAnswer(withAnswer(raw, 'system.graded_in_cn', true), 'system.declared_mlps', declared);
        const undeclared = assessRaw(withAnswer(p, 'system.declared_mlps', 'none')).mlps;
        const mlps = assessRaw(p).mlps;
        expect(mlps?.declared).toBe(declared);
        expect(mlps?.levelMin).toBe(undeclared?.levelMin);
        expect(mlps?.levelMax).toBe(Math.max(undeclared?.levelMax ?? 0, declared));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('I-4: a system not graded in China has no MLPS and no MLPS-based finding; IN-01 and VU-04 only through CII', () => {
    fc.assert(
      fc.property(profileArb, (raw) => {
        const p = withAnswer(raw, 'system.graded_in_cn', false);
        const a = assessRaw(p);
        expect(a.mlps).toBeNull();
        for (const id of MLPS_RULES) expect(findingOf(a, id), id).toBeUndefined();
        const given = answerOf(p, 'customer.cii_status');
        const cii = p['customer'] === undefined ? 'absent' : typeof given === 'string' ? given : 'unknown';
        const viaCii = cii === 'identified' || cii === 'likely' || cii === 'unknown';
        for (const id of ['IN-01', 'VU-04']) {
          if (!viaCii) expect(findingOf(a, id), `${id} with cii_status ${cii}`).toBeUndefined();
          if (cii === 'identified') expect(findingOf(a, id)?.outcome).toBe('fire');
        }
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('I-5: unknown → likely → identified CII never removes a finding, lowers a severity or weakens an outcome', () => {
    fc.assert(
      fc.property(profileArb, (raw) => {
        const steps = (['unknown', 'likely', 'identified'] as const).map((v) => byRule(assessRaw(withAnswer(raw, 'customer.cii_status', v))));
        for (let i = 1; i < steps.length; i++) {
          const before = steps[i - 1] ?? new Map<string, Finding>();
          const after = steps[i] ?? new Map<string, Finding>();
          for (const [ruleId, f] of before) {
            const g = after.get(ruleId);
            expect(g, `${ruleId} dropped at step ${i}`).toBeDefined();
            if (g === undefined) continue;
            expect(OUTCOME_RANK[g.outcome], `${ruleId} outcome ${f.outcome} → ${g.outcome}`).toBeGreaterThanOrEqual(OUTCOME_RANK[f.outcome]);
            expect(severityRank(g.severity), `${ruleId} severity ${String(f.severity)} → ${String(g.severity)}`).toBeGreaterThanOrEqual(severityRank(f.severity));
          }
        }
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('I-5: a finding is conditional exactly when it would not fire with every likely answer negated', () => {
    let conditionals = 0;
    const likelyArb = fc.tuple(profileArb, fc.boolean(), fc.boolean()).map(([raw, cii, important]) => {
      let p = raw;
      if (cii) p = withAnswer(p, 'customer.cii_status', 'likely');
      if (important) p = withAnswer(p, 'data.important_data', 'likely');
      return p;
    });
    fc.assert(
      fc.property(likelyArb, (raw) => {
        const negatedRaw = withLikelyNegated(raw);
        const a = assessRaw(raw);
        const negated = byRule(assessRaw(negatedRaw));
        for (const g of negated.values()) expect(g.outcome, `${g.ruleId} conditional without any likely answer`).not.toBe('conditional');
        for (const f of a.findings) {
          const g = negated.get(f.ruleId);
          if (f.outcome === 'conditional') {
            conditionals++;
            expect(isFiring(g), `${f.ruleId} is conditional but fires without the likely answers`).toBe(false);
          }
          if (f.outcome === 'fire') expect(g?.outcome, `${f.ruleId} fires but not without the likely answers`).toBe('fire');
        }
      }),
      RUNS,
    );
    expect(conditionals).toBeGreaterThan(0);
  }, TIMEOUT);

  it('I-6: SC-01, SC-02 and SC-03 never fire for COTS or configured products', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom('cots', 'configured'), (raw, customization) => {
        const a = assessRaw(withAnswer(raw, 'product.customization', customization));
        for (const id of ['SC-01', 'SC-02', 'SC-03']) expect(findingOf(a, id), id).toBeUndefined();
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('I-7: CT-02 never fires at level_max ≤ 2, for a domestic vendor, or for a non-security product', () => {
    let lowLevel = 0;
    fc.assert(
      fc.property(profileArb, (raw) => {
        const a = assessRaw(raw);
        if (a.mlps === null || a.mlps.levelMax <= 2) {
          lowLevel++;
          expect(isFiring(findingOf(a, 'CT-02'))).toBe(false);
        }
        expect(findingOf(assessRaw(withAnswer(raw, 'vendor.foreign_controlled', false)), 'CT-02')).toBeUndefined();
        expect(findingOf(assessRaw(withAnswer(raw, 'product.is_infosec_product', false)), 'CT-02')).toBeUndefined();
      }),
      RUNS,
    );
    expect(lowLevel).toBeGreaterThan(0);
  }, TIMEOUT);

  it('I-8: every SC-06 and IN-07 finding states that authorities may not demand source code', () => {
    const seen = { 'SC-06': 0, 'IN-07': 0 };
    const cryptoArb = fc
      .tuple(profileArb, fc.boolean(), fc.constantFrom('vpn_gateway', 'crypto_library_sdk', 'crypto_hardware_hsm'), fc.constantFrom('no', 'in_progress', 'unknown'))
      .map(([raw, force, category, certified]) => {
        if (!force) return raw;
        let p = withAnswer(raw, 'product.category', category);
        p = withAnswer(p, 'product.crypto_cn_certified', certified);
        return withAnswer(p, 'product.catalogue_status', 'in_catalogue_above_threshold');
      });
    fc.assert(
      fc.property(cryptoArb, (raw) => {
        for (const id of ['SC-06', 'IN-07'] as const) {
          const f = findingOf(assessRaw(raw), id);
          if (f === undefined) continue;
          seen[id]++;
          expect(f.notice, `${id} notice`).toMatch(/source code/i);
        }
      }),
      RUNS,
    );
    expect(seen['SC-06']).toBeGreaterThan(0);
    expect(seen['IN-07']).toBeGreaterThan(0);
  }, TIMEOUT);

  it('I-9 and I-10: no finding cites MPS Order 151; every CSL citation gives both the 2017 and the 2026 article', () => {
    let cslCitations = 0;
    fc.assert(
      fc.property(profileArb, (raw) => {
        for (const f of assessRaw(raw).findings) {
          for (const ref of f.legalBasis) {
            expect(ref.instrument, `${f.ruleId} cites Order 151`).not.toBe('MPS-ORDER-151');
            if (ref.instrument !== 'CSL') continue;
            cslCitations++;
            expect(ref.cslArticles?.y2017, `${f.ruleId} CSL 2017 article`).toMatch(/\d/);
            expect(ref.cslArticles?.y2026, `${f.ruleId} CSL 2026 article`).toMatch(/\d/);
          }
        }
      }),
      RUNS,
    );
    expect(cslCitations).toBeGreaterThan(0);
  }, TIMEOUT);

  it('I-11: an unknown (or missing) CII answer keeps its REVIEW findings', () => {
    fc.assert(
      fc.property(profileArb, fc.boolean(), (raw, explicit) => {
        const stated = withAnswer(raw, 'customer.cii_status', 'unknown');
        const p = explicit ? stated : withoutAnswer(stated, 'customer.cii_status');
        const a = assessRaw(p);
        for (const id of ['MR-04', 'IN-03', 'VU-05']) expect(findingOf(a, id)?.outcome, id).toBe('review');
        if (a.mlps !== null) expect(findingOf(a, 'G-03')?.outcome).toBe('review');
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('I-11: REVIEW findings survive the JSON output, the CLI summary and the Markdown report', () => {
    let reviews = 0;
    const json = FORMATS.json;
    const md = FORMATS.md;
    fc.assert(
      fc.property(profileArb, (raw) => {
        const a = assessRaw(raw);
        const reviewIds = a.findings.filter((f) => f.outcome === 'review').map((f) => f.ruleId);
        reviews += reviewIds.length;
        const parsed = JSON.parse(json.render({ assessment: a, profile: raw, fileName: 'p.json', now: '2026-11-01T00:00:00.000Z' })) as Assessment;
        expect(parsed.findings.filter((f) => f.outcome === 'review').map((f) => f.ruleId)).toEqual(reviewIds);
        const row = summariseAssessment('p.json', a);
        expect(row.review.total).toBe(reviewIds.length);
        const text = md.render({ assessment: a, profile: raw, fileName: 'p.json', now: '2026-11-01T00:00:00.000Z' });
        for (const id of reviewIds) expect(text, `${id} in Markdown`).toContain(id);
      }),
      RUNS,
    );
    expect(reviews).toBeGreaterThan(0);
  }, TIMEOUT);

  it('I-12: travel answers never change product findings, and product answers never change travel findings', () => {
    let travelFindings = 0;
    const isTravel = (f: Finding): boolean => f.ruleId.startsWith('TR-');
    fc.assert(
      fc.property(profileArb, profileArb, (a, b) => {
        const { travel: travelA, ...productA } = a;
        const { travel: travelB, ...productB } = b;
        const original = assessRaw(a);
        const otherTravel = assessRaw(travelB === undefined ? productA : { ...productA, travel: travelB });
        const otherProduct = assessRaw(travelA === undefined ? productB : { ...productB, travel: travelA });
        expect(otherTravel.findings.filter((f) => !isTravel(f))).toEqual(original.findings.filter((f) => !isTravel(f)));
        const tr = original.findings.filter(isTravel);
        travelFindings += tr.length;
        expect(otherProduct.findings.filter(isTravel)).toEqual(tr);
      }),
      RUNS,
    );
    expect(travelFindings).toBeGreaterThan(0);
  }, TIMEOUT);

  it('is deterministic: same profile, and the same profile after a JSON round trip, give deep-equal assessments', () => {
    fc.assert(
      fc.property(profileArb, (raw) => {
        const first = assessRaw(raw);
        expect(assessRaw(raw)).toEqual(first);
        expect(assessRaw(JSON.parse(JSON.stringify(raw)))).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('shows each finding with a confidence no higher than the lowest of its legal bases', () => {
    const rank = { U: 0, WR: 1, VS: 2 } as const;
    fc.assert(
      fc.property(profileArb, (raw) => {
        for (const f of assessRaw(raw).findings) {
          const lowest = Math.min(...f.legalBasis.map((r) => rank[r.confidence]));
          if (f.legalBasis.length > 0) expect(rank[f.confidence], f.ruleId).toBeLessThanOrEqual(lowest);
        }
      }),
      RUNS,
    );
  }, TIMEOUT);
});
