// Conditional questions: which questions the questionnaire hides for which answers, that hidden answers do not
// change the assessment of a worked case, the progress counts built on them, and the `set-section` review change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assess } from '../../../../shared/engine/assess';
import { PROFILE_FIELDS } from '../../../../shared/profile/fields';
import { groupProgress, profileProgress } from '../../../../shared/profile/progress';
import { validateProfile } from '../../../../shared/profile/validate';
import { hiddenFields, hiddenReason, isFieldVisible, VISIBILITY_RULES } from '../../../../shared/profile/visibility';
import { applyChange, ReviewChangeError, type ChangeContext } from '../../../../shared/review/changes';
import type { ProfileAnswers, Review } from '../../../../shared/review/types';

const SYSTEM_DETAILS = PROFILE_FIELDS.filter((d) => d.section === 'system' && d.key !== 'graded_in_cn').map((d) => d.path);

describe('isFieldVisible', () => {
  it('shows the hospital tier only for a healthcare customer', () => {
    expect(isFieldVisible('customer.hospital_tier', {})).toBe(false);
    expect(isFieldVisible('customer.hospital_tier', { customer: { sector: 'banking' } })).toBe(false);
    expect(hiddenReason('customer.hospital_tier', { customer: { sector: 'banking' } })).toBe('not-healthcare');
    expect(isFieldVisible('customer.hospital_tier', { customer: { sector: 'healthcare' } })).toBe(true);
  });

  it('hides the crypto details when the product has no crypto functions, and only then', () => {
    const details = ['product.crypto_sm_support', 'product.crypto_cn_certified', 'product.key_custody'];
    for (const functions of [[], ['none']]) {
      for (const p of details) expect(hiddenReason(p, { product: { crypto_functions: functions } }), p).toBe('no-crypto');
    }
    for (const answers of [{}, { product: { crypto_functions: 'unknown' } }, { product: { crypto_functions: ['tls'] } }] as ProfileAnswers[]) {
      for (const p of details) expect(isFieldVisible(p, answers), p).toBe(true);
    }
  });

  it('hides every other system question when the system is not graded in China', () => {
    const notGraded = { system: { graded_in_cn: false } };
    for (const p of SYSTEM_DETAILS) expect(hiddenReason(p, notGraded), p).toBe('not-graded');
    expect(isFieldVisible('system.graded_in_cn', notGraded)).toBe(true);
    for (const p of SYSTEM_DETAILS.filter((x) => x !== 'system.max_hosted_level')) {
      expect(isFieldVisible(p, { system: { graded_in_cn: true } }), p).toBe(true);
      expect(isFieldVisible(p, {}), p).toBe(true);
    }
  });

  it('asks the highest hosted level only of a platform', () => {
    expect(hiddenReason('system.max_hosted_level', { system: { function: 'core_business' } })).toBe('not-platform');
    expect(isFieldVisible('system.max_hosted_level', { system: { function: 'platform_hosting' } })).toBe(true);
    expect(isFieldVisible('system.max_hosted_level', { product: { category: 'cloud_platform' } })).toBe(true);
    expect(hiddenReason('system.max_hosted_level', { product: { category: 'cloud_platform' }, system: { graded_in_cn: false } })).toBe('not-graded');
  });

  it('asks about device contents and posture only when devices go into China', () => {
    for (const p of ['travel.device_contents', 'travel.device_posture']) {
      expect(isFieldVisible(p, { travel: {} }), p).toBe(false);
      expect(isFieldVisible(p, { travel: { devices_into_cn: false } }), p).toBe(false);
      expect(isFieldVisible(p, { travel: { devices_into_cn: true } }), p).toBe(true);
    }
  });

  it('hides the sensitive-PI count when no personal information is processed', () => {
    expect(isFieldVisible('data.sensitive_pi_subjects', { data: { pi_subjects: 'none' } })).toBe(false);
    expect(isFieldVisible('data.sensitive_pi_subjects', { data: { pi_subjects: 'gt_1m' } })).toBe(true);
  });

  it('only names real profile fields', () => {
    const paths = new Set(PROFILE_FIELDS.map((d) => d.path));
    for (const rule of VISIBILITY_RULES) for (const p of [...rule.fields, ...rule.dependsOn]) expect(paths.has(p), p).toBe(true);
  });
});

describe('hidden answers in a worked case', () => {
  it('AC-01 without its hidden answers still assesses as the case expects (level 4, CT-02 and DA-08 critical)', () => {
    const raw = parse(readFileSync(new URL('../../../fixtures/profiles/ac-01.yaml', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;
    const hidden = hiddenFields(raw);
    expect([...hidden.keys()].sort()).toEqual(['customer.hospital_tier', 'system.max_hosted_level', 'travel.device_contents', 'travel.device_posture']);
    const trimmed = Object.fromEntries(Object.entries(raw).map(([s, body]) => [s, Object.fromEntries(Object.entries(body).filter(([k]) => !hidden.has(`${s}.${k}`)))]));
    const full = validateProfile(raw);
    const cut = validateProfile(trimmed);
    if (!full.ok || !cut.ok) throw new Error('AC-01 does not validate');
    const summary = (p: typeof full.profile) => assess(p).findings.map((f) => `${f.ruleId}:${f.outcome}:${f.severity ?? '-'}`);
    expect(summary(cut.profile)).toEqual(summary(full.profile));
    expect(assess(cut.profile).mlps?.levelMin).toBe(4);
  });
});

describe('progress', () => {
  it('counts answered, unknown and unanswered visible questions, leaving derived and hidden ones out', () => {
    const answers: ProfileAnswers = { vendor: { hq_jurisdiction: 'US', china_presence: 'unknown', foreign_controlled: true } };
    expect(groupProgress('vendor', answers)).toEqual({ group: 'vendor', total: 5, answered: 1, unknown: 1, unanswered: 3 });
    const healthcare = groupProgress('customer_system', { customer: { sector: 'healthcare' } });
    const banking = groupProgress('customer_system', { customer: { sector: 'banking' } });
    expect(healthcare.total).toBe(banking.total + 1);
    expect(groupProgress('customer_system', { system: { graded_in_cn: false } }).total).toBe(5);
    const all = profileProgress(answers, ['vendor', 'travel']);
    expect(all.total).toEqual({ total: 6, answered: 1, unknown: 1, unanswered: 4 });
  });
});

describe('set-section change', () => {
  const ctx: ChangeContext = { now: '2026-01-05T09:00:00.000Z', actor: 'Tester', newId: () => 'a1' };
  const review: Review = {
    id: 'r1', createdAt: ctx.now, updatedAt: ctx.now, archivedAt: null, title: 'T', vendorName: '', productName: '',
    profile: { vendor: { hq_jurisdiction: 'US' } }, decisions: {}, catalogueVersion: null, revision: 1,
  };

  it('includes a section empty, keeps an included one as it is, and records the change', () => {
    const { review: next, audit } = applyChange(review, { type: 'set-section', section: 'travel', included: true }, ctx);
    expect(next.profile).toEqual({ vendor: { hq_jurisdiction: 'US' }, travel: {} });
    expect(audit).toMatchObject({ action: 'set-section', revision: 2 });
    expect(applyChange(review, { type: 'set-section', section: 'vendor', included: true }, ctx).review.profile).toEqual(review.profile);
  });

  it('excludes a section with its answers, and refuses a section that does not exist', () => {
    expect(applyChange(review, { type: 'set-section', section: 'vendor', included: false }, ctx).review.profile).toEqual({});
    expect(() => applyChange(review, { type: 'set-section', section: 'mlps', included: true }, ctx)).toThrow(ReviewChangeError);
  });
});
