// Outcome semantics of brief §15.7 as the engine applies them: three-valued conditions, likely → conditional,
// severity fallback and pending, REVIEW never silent, not-applicable vs unknown, dependencies, trace, determinism.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/catalogue';
import { assess, ENGINE_VERSION } from '../../../../shared/engine/assess';
import { validateProfile } from '../../../../shared/profile/validate';
import { assessRaw, findingOf, level, NEUTRAL, withAnswers } from './neutral-profile';

describe('three-valued conditions', () => {
  it('an OR is true as soon as one part is, whatever the unknowns (DA-05)', () => {
    const f = findingOf(assessRaw(withAnswers({ customer: { cii_status: 'unknown' }, data: { pi_subjects: 'gt_1m' } })), 'DA-05');
    expect(f?.outcome).toBe('fire');
  });

  it('an OR with an unknown part and every other part false is REVIEW, never silence (DA-05, G-02)', () => {
    const a = assessRaw(withAnswers({ customer: { cii_status: 'unknown' }, data: { important_data: 'unknown' } }));
    expect(findingOf(a, 'DA-05')?.outcome).toBe('review');
    expect(findingOf(a, 'DA-05')?.reviewReasons).toEqual(['unknown-answer']);
    expect(findingOf(a, 'G-02')?.outcome).toBe('review');
  });

  it('an AND is false as soon as one part is, whatever the unknowns (SC-01 on COTS with unknown harm)', () => {
    const a = assessRaw(withAnswers({ system: { harm_object_max: 'unknown' }, product: { customization: 'cots' } }));
    expect(findingOf(a, 'SC-01')).toBeUndefined();
    expect(findingOf(a, 'SC-02')).toBeUndefined();
  });

  it('a missing field in a present section is unknown', () => {
    const raw = withAnswers({});
    const { cii_status: _dropped, ...customer } = raw.customer ?? {};
    const a = assessRaw({ ...raw, customer });
    expect(findingOf(a, 'MR-04')?.outcome).toBe('review');
  });

  it('not applicable is not unknown: a consumer product outside a graded system raises no REVIEW on system.function (IN-02)', () => {
    const consumer = { product: { network_connected: true }, system: { graded_in_cn: false } };
    expect(findingOf(assessRaw(withAnswers(consumer)), 'IN-02')).toBeUndefined();
    const graded = { product: { network_connected: true }, system: { function: 'unknown' } };
    expect(findingOf(assessRaw(withAnswers(graded)), 'IN-02')?.outcome).toBe('review');
  });
});

describe('likely answers', () => {
  it('a FIRE that rests on a likely answer is conditional and names it (MR-04)', () => {
    const f = findingOf(assessRaw(withAnswers({ customer: { cii_status: 'likely' } })), 'MR-04');
    expect(f?.outcome).toBe('conditional');
    expect(f?.conditionalOn).toEqual(['customer.cii_status']);
    expect(f?.trace).toContainEqual({ field: 'customer.cii_status', value: 'likely', test: 'in {identified, likely}', result: true, viaLikely: true });
  });

  it('a FIRE that holds anyway is not conditional even where a likely answer is also present (DA-05)', () => {
    const f = findingOf(assessRaw(withAnswers({ customer: { cii_status: 'likely' }, data: { pi_subjects: 'gt_1m' } })), 'DA-05');
    expect(f?.outcome).toBe('fire');
    expect(f?.conditionalOn).toBeUndefined();
  });

  it('a severity step reached through likely shows the higher severity with its fallback (DA-08)', () => {
    const f = findingOf(assessRaw(withAnswers({ customer: { cii_status: 'likely' }, data: { cross_border: ['vendor_support_access'] } })), 'DA-08');
    expect(f?.outcome).toBe('fire');
    expect(f?.severity).toBe('critical');
    expect(f?.severityFallback).toBe('high');
  });

  it('a severity step whose condition is unknown is not taken and is named as pending (DA-08)', () => {
    const f = findingOf(assessRaw(withAnswers({ customer: { cii_status: 'unknown' }, data: { cross_border: ['vendor_support_access'] } })), 'DA-08');
    expect(f?.severity).toBe('high');
    expect(f?.severityPending).toBe('critical');
    expect(f?.severityFallback).toBeUndefined();
  });

  it('unknown → likely → identified never removes a finding and never lowers a severity (I-5, sample)', () => {
    const rank = ['info', 'low', 'medium', 'high', 'critical'];
    const base = { data: { cross_border: ['vendor_support_access'], pi_subjects: 'lt_100k' }, product: { crypto_functions: ['tls'], customization: 'customized_for_customer' } };
    const runs = ['unknown', 'likely', 'identified'].map((c) => assessRaw(withAnswers({ ...base, customer: { cii_status: c } })));
    for (let i = 1; i < runs.length; i++) {
      for (const before of runs[i - 1]?.findings ?? []) {
        const after = runs[i]?.findings.find((f) => f.ruleId === before.ruleId);
        expect(after, `${before.ruleId} disappeared`).toBeDefined();
        expect(rank.indexOf(after?.severity ?? 'info')).toBeGreaterThanOrEqual(rank.indexOf(before.severity ?? 'info'));
      }
    }
    expect(findingOf(runs[0] ?? assessRaw(NEUTRAL), 'MR-04')?.outcome).toBe('review');
    expect(findingOf(runs[1] ?? assessRaw(NEUTRAL), 'MR-04')?.outcome).toBe('conditional');
    expect(findingOf(runs[2] ?? assessRaw(NEUTRAL), 'MR-04')?.outcome).toBe('fire');
  });
});

describe('REVIEW', () => {
  it('the brief\'s "→ REVIEW" rules are REVIEW on legal grounds when they would fire, with the severity if confirmed', () => {
    const f = findingOf(assessRaw(withAnswers({ product: { category: 'vpn_gateway' }, data: { cross_border: ['telemetry'] } })), 'MR-05');
    expect(f?.outcome).toBe('review');
    expect(f?.reviewReasons).toEqual(['uncertain-basis']);
    expect(f?.factsOutcome).toBe('fire');
    expect(f?.severity).toBe('medium');
    expect(f?.confidence).toBe('U');
  });

  it('an explicit FIRE in the trigger column wins over a U basis: MR-03 fires when named, confidence U', () => {
    const named = findingOf(assessRaw(withAnswers({ vendor: { named_in_reported_restriction: 'yes' } })), 'MR-03');
    expect([named?.outcome, named?.severity, named?.confidence]).toEqual(['fire', 'high', 'U']);
  });

  it('MR-03 is REVIEW for an unknown naming only for US/Israeli security vendors', () => {
    const unknownNaming = { vendor: { named_in_reported_restriction: 'unknown', hq_jurisdiction: 'US' }, product: { category: 'waf' } };
    expect(findingOf(assessRaw(withAnswers(unknownNaming)), 'MR-03')?.outcome).toBe('review');
    expect(findingOf(assessRaw(withAnswers({ ...unknownNaming, vendor: { named_in_reported_restriction: 'unknown', hq_jurisdiction: 'JP' } })), 'MR-03')).toBeUndefined();
  });

  it('a rule that depends on a REVIEW rule is REVIEW by dependency (SC-06 on CT-05, AC-07 shape)', () => {
    const a = assessRaw(withAnswers({ product: { category: 'vpn_gateway', catalogue_status: 'unknown', crypto_cn_certified: 'no' } }));
    expect(findingOf(a, 'CT-05')?.outcome).toBe('review');
    expect(findingOf(a, 'SC-06')?.outcome).toBe('review');
    expect(findingOf(a, 'SC-06')?.reviewReasons).toEqual(['dependency']);
    expect(findingOf(a, 'CT-01')?.confidence).toBe('U');
  });

  it('an unknown catalogue status counts as not listed outside CATALOGUE_CATS (CT-01, CT-05)', () => {
    const a = assessRaw(withAnswers({ product: { category: 'crypto_library_sdk', catalogue_status: 'unknown' } }));
    expect(findingOf(a, 'CT-01')).toBeUndefined();
    expect(findingOf(a, 'CT-05')).toBeUndefined();
  });

  it('VU-01 is REVIEW for SaaS and custom software (scope of the 2021 Provisions)', () => {
    const f = findingOf(assessRaw(withAnswers({ product: { category: 'saas_app', network_connected: true } })), 'VU-01');
    expect([f?.outcome, f?.severity, f?.reviewReasons]).toEqual(['review', 'medium', ['uncertain-basis']]);
  });
});

describe('findings', () => {
  it('carry the contracts.md fields, citations and a readable trace (SC-01)', () => {
    const f = findingOf(assessRaw(withAnswers({ system: level(3), product: { customization: 'bespoke_development' } })), 'SC-01');
    expect(f).toMatchObject({ ruleId: 'SC-01', ruleVersion: 1, outcome: 'fire', severity: 'high', exposure: ['source-code'], confidence: 'WR', mitigations: ['M-DELTA', 'M-CLEANROOM', 'M-ESCROW', 'M-CONTRACT'] });
    expect(f?.titleZh).toMatch(/源代码/);
    expect(f?.legalBasis).toContainEqual({ instrument: 'GBT-22239-2019', articles: '8.1.9.5 c / 9.1.9.5 c', confidence: 'WR' });
    expect(f?.trace).toContainEqual({ field: 'product.customization', value: 'bespoke_development', test: 'in {customized_for_customer, bespoke_development}', result: true });
    expect(f?.trace).toContainEqual({ field: 'mlps.level_max', value: 3, test: '>= 3', result: true });
  });

  it('SC-06 and IN-07 findings state the crypto source-code bar (I-8)', () => {
    const a = assessRaw(withAnswers({ product: { category: 'crypto_hardware_hsm', crypto_cn_certified: 'no', catalogue_status: 'in_catalogue_above_threshold' } }));
    for (const id of ['SC-06', 'IN-07']) expect(findingOf(a, id)?.notice).toMatch(/may not require disclosure of source code.*31\(2\).*47\(2\)/);
  });

  it('confidence is lowered only where the finding relies on an uncertain point (CT-10, RM-01)', () => {
    const gov = findingOf(assessRaw(withAnswers({ customer: { type: 'party_government_organ' }, product: { category: 'database' } })), 'CT-10');
    const soe = findingOf(assessRaw(withAnswers({ customer: { type: 'soe_local' }, product: { category: 'database' } })), 'CT-10');
    expect([gov?.severity, gov?.confidence, soe?.severity, soe?.confidence]).toEqual(['high', 'WR', 'medium', 'U']);
    const rm = { system: level(3), ops: { remote_maintenance: 'remote_from_abroad' } };
    expect(findingOf(assessRaw(withAnswers(rm)), 'RM-01')?.confidence).toBe('WR');
    const power = findingOf(assessRaw(withAnswers({ ...rm, customer: { sector: 'energy_power' } })), 'RM-01');
    expect(power?.confidence).toBe('U');
    expect(power?.legalBasis.map((r) => r.instrument)).toContain('NDRC-ORDER-27');
  });

  it('a travel-only profile yields only TR findings, and travel answers never change product findings (I-12)', () => {
    const travelOnly = assessRaw({ travel: { devices_into_cn: true, device_contents: ['source_code'], device_posture: 'standard' } });
    expect(travelOnly.findings.map((f) => [f.ruleId, f.severity])).toEqual([['TR-01', 'high']]);
    expect(travelOnly.mlps).toBeNull();
    expect(travelOnly.sectionsAssessed).toEqual(['travel']);
    const busy = { customer: { cii_status: 'identified' }, product: { category: 'firewall_utm' } };
    const a = assessRaw(withAnswers(busy));
    const b = assessRaw(withAnswers({ ...busy, travel: { devices_into_cn: true, device_contents: ['credentials'] } }));
    expect(b.findings.filter((f) => !f.ruleId.startsWith('TR-'))).toEqual(a.findings.filter((f) => !f.ruleId.startsWith('TR-')));
  });

  it('is deterministic and lists findings in catalogue order with the versions stamped', () => {
    const raw = withAnswers({ customer: { cii_status: 'likely' }, vendor: { china_presence: 'wfoe' }, product: { category: 'vpn_gateway' } });
    const a = assessRaw(raw);
    expect(assessRaw(structuredClone(raw))).toEqual(a);
    const order = CATALOGUE.rules.map((r) => r.id);
    const ids = a.findings.map((f) => f.ruleId);
    expect([...ids].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(ids);
    expect([a.catalogueVersion, a.engineVersion]).toEqual(['2026.11.0', ENGINE_VERSION]);
    expect(a.disclaimer).toMatch(/counsel must confirm/);
  });

  it('runs against a catalogue passed in (a rule removed no longer reports)', () => {
    const v = validateProfile(withAnswers({ customer: { cii_status: 'identified' } }));
    if (!v.ok) return expect.fail('invalid');
    const trimmed = { ...CATALOGUE, version: 'test', rules: CATALOGUE.rules.filter((r) => r.id !== 'MR-04') };
    const a = assess(v.profile, trimmed);
    expect(a.catalogueVersion).toBe('test');
    expect(findingOf(a, 'MR-04')).toBeUndefined();
    expect(findingOf(a, 'IN-03')?.outcome).toBe('fire');
  });
});
