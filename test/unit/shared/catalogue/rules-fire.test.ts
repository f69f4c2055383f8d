// For every rule: one profile where it applies and one where it does not, each built from the neutral profile plus
// the few answers that matter. The table must cover every rule of the catalogue, so a new rule needs both cases.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../shared/catalogue';
import type { Outcome } from '../../../../shared/engine/assessment';
import { assessRaw, findingOf, level, withAnswers } from '../engine/neutral-profile';
import type { Changes } from '../engine/neutral-profile';

interface Case {
  /** Answers under which the rule applies, and the outcome it then has (`review` for the brief's "→ REVIEW" rules). */
  readonly yes: Changes;
  readonly outcome?: Exclude<Outcome, 'no'>;
  /** Answers under which it does not apply (usually a near miss of `yes`). */
  readonly no: Changes;
}

const L2 = { system: level(2) };
const L3 = { system: level(3) };
const cii = { cii_status: 'identified' };

const CASES: Readonly<Record<string, Case>> = {
  'G-01': { yes: {}, no: { system: { graded_in_cn: false } } },
  'G-02': { yes: { system: { harm_object_max: 'national_security', harm_degree_max: 'general' } }, no: { system: level(5) } },
  'G-03': { yes: { customer: cii }, no: {} },
  'G-04': { yes: { data: { core_data: 'yes' } }, no: {} },
  'G-05': {
    yes: { customer: { sector: 'healthcare', hospital_tier: 'tertiary_a' }, system: { function: 'core_business' } },
    no: { customer: { sector: 'healthcare', hospital_tier: 'other' }, system: { function: 'core_business' } },
  },
  'G-06': { yes: { system: { hosting: 'cn_cloud_domestic' } }, no: {} },
  'G-07': { yes: { customer: cii, system: { function: 'dispatch_or_trading_core' } }, no: { system: { function: 'dispatch_or_trading_core' } } },
  'G-08': { yes: L2, no: {} },
  'G-09': { yes: L2, no: {} },
  'SC-01': { yes: { system: level(3), product: { customization: 'bespoke_development' } }, no: { system: level(3), product: { customization: 'configured' } } },
  'SC-02': { yes: { system: level(2), product: { customization: 'customized_for_customer' } }, no: { product: { customization: 'customized_for_customer' } } },
  'SC-03': { yes: { customer: cii, product: { customization: 'customized_for_customer' } }, outcome: 'review', no: { customer: cii } },
  'SC-04': {
    yes: { system: { ...level(2), extensions: ['ics'] }, product: { category: 'ics_controller_plc_dcs' } },
    no: { system: level(2), product: { category: 'ics_controller_plc_dcs' } },
  },
  'SC-05': { yes: { customer: cii, product: { category: 'firewall_utm' } }, outcome: 'review', no: { customer: cii, product: { category: 'firewall_utm' }, vendor: { hq_jurisdiction: 'CN' } } },
  'SC-06': {
    yes: { product: { category: 'crypto_hardware_hsm', crypto_cn_certified: 'no', catalogue_status: 'in_catalogue_above_threshold' } },
    no: { product: { category: 'crypto_hardware_hsm', crypto_cn_certified: 'yes', catalogue_status: 'in_catalogue_above_threshold' } },
  },
  'CT-01': { yes: { product: { catalogue_status: 'in_catalogue_above_threshold' } }, no: { product: { catalogue_status: 'in_catalogue_below_threshold' } } },
  'CT-02': { yes: { system: level(3), product: { category: 'firewall_utm' } }, no: { system: level(3), product: { category: 'firewall_utm' }, vendor: { hq_jurisdiction: 'CN' } } },
  'CT-03': { yes: L3, no: L2 },
  'CT-04': { yes: { system: { ...level(2), extensions: ['ics'] }, product: { category: 'iot_industrial_device' } }, no: { system: { ...level(2), extensions: ['ics'] } } },
  'CT-05': { yes: { customer: cii, product: { crypto_functions: ['tls'] } }, no: { product: { crypto_functions: ['tls'] } } },
  'CT-06': { yes: { product: { category: 'vpn_gateway', delivery_model: 'hardware_appliance' } }, outcome: 'review', no: { product: { category: 'vpn_gateway', delivery_model: 'hardware_appliance', consumer_mass_market: true } } },
  'CT-07': { yes: { system: level(2), product: { crypto_functions: ['tls'] } }, no: { product: { crypto_functions: ['tls'] } } },
  'CT-08': { yes: { product: { category: 'iot_consumer_device', consumer_mass_market: true } }, no: { product: { category: 'iot_consumer_device' } } },
  'CT-09': { yes: { customer: { sector: 'energy_power' }, system: { function: 'production_control' } }, no: { system: { function: 'production_control' } } },
  'CT-10': { yes: { customer: { type: 'party_government_organ' }, product: { category: 'os' } }, no: { product: { category: 'os' } } },
  'CT-11': { yes: { system: { ...level(2), extensions: ['mobile'] }, product: { category: 'mobile_app' } }, no: { system: { extensions: ['mobile'] }, product: { category: 'mobile_app' } } },
  'MR-01': { yes: { customer: cii, product: { category: 'database' } }, no: { customer: cii } },
  'MR-02': { yes: { vendor: { review_status: 'active_review' } }, no: { vendor: { review_status: 'passed_review' } } },
  'MR-03': { yes: { vendor: { named_in_reported_restriction: 'yes' } }, no: {} },
  'MR-04': { yes: { customer: cii }, no: {} },
  'MR-05': { yes: { product: { category: 'vpn_gateway' }, data: { cross_border: ['telemetry'] } }, outcome: 'review', no: { product: { category: 'vpn_gateway' } } },
  'IN-01': { yes: L3, no: L2 },
  'IN-02': { yes: { product: { network_connected: true }, ops: { offers_service_in_cn: true } }, no: { ops: { offers_service_in_cn: true } } },
  'IN-03': { yes: { customer: cii }, no: {} },
  'IN-04': { yes: L2, no: {} },
  'IN-05': { yes: { customer: cii, product: { category: 'switch' } }, no: { customer: cii, product: { category: 'switch' }, vendor: { hq_jurisdiction: 'CN' } } },
  'IN-06': { yes: { vendor: { china_presence: 'wfoe' } }, no: { vendor: { china_presence: 'distributor_only' } } },
  'IN-07': { yes: { product: { category: 'crypto_library_sdk' } }, no: {} },
  'DA-01': { yes: { ops: { offers_service_in_cn: true } }, no: { vendor: { china_presence: 'rep_office' } } },
  'DA-02': { yes: { ops: { vendor_privileged_access: true } }, no: { ops: { vendor_privileged_access: true }, data: { storage_location: 'offshore' } } },
  'DA-03': { yes: { vendor: { staff_in_china: 'r_and_d' } }, no: { vendor: { staff_in_china: 'sales_only' } } },
  'DA-04': { yes: { customer: { is_telecom_or_isp: true } }, no: {} },
  'DA-05': { yes: { data: { pi_subjects: 'gt_1m' } }, no: { data: { pi_subjects: '100k_1m' } } },
  'DA-06': { yes: { system: { ...level(2), extensions: ['cloud'] } }, no: { system: { extensions: ['cloud'] } } },
  'DA-07': { yes: { data: { pi_subjects: 'lt_100k', cross_border: ['analytics'] } }, no: { data: { cross_border: ['analytics'] } } },
  'DA-08': { yes: { data: { cross_border: ['vendor_support_access'] } }, no: { ops: { remote_maintenance: 'remote_from_abroad' } } },
  'DA-09': { yes: { ops: { vendor_privileged_access: true } }, no: { ops: { vendor_privileged_access: true }, vendor: { hq_jurisdiction: 'CN' } } },
  'DA-10': {
    yes: { product: { consumer_mass_market: true, vendor_cloud_location: 'offshore' }, data: { pi_subjects: 'lt_100k' } },
    no: { product: { consumer_mass_market: true, vendor_cloud_location: 'cn' }, data: { pi_subjects: 'lt_100k' } },
  },
  'DC-01': { yes: { customer: { is_telecom_or_isp: true } }, no: {} },
  'DC-02': { yes: { product: { key_custody: 'vendor' } }, no: { product: { key_custody: 'customer' } } },
  'VU-01': { yes: {}, no: { product: null } },
  'VU-02': { yes: { ops: { vuln_process: 'global_only' }, vendor: { staff_in_china: 'r_and_d' } }, no: { ops: { vuln_process: 'global_only' } } },
  'VU-03': { yes: {}, no: { product: null } },
  'VU-04': { yes: L3, no: L2 },
  'VU-05': { yes: { customer: cii }, no: {} },
  'RM-01': { yes: { system: level(2), ops: { remote_maintenance: 'remote_from_cn' } }, no: { system: level(2), ops: { remote_maintenance: 'onsite_cn_staff' } } },
  'TR-01': { yes: { travel: { devices_into_cn: true } }, no: {} },
  'TR-02': { yes: { travel: { device_contents: ['customer_data_cn_origin'] } }, no: { travel: { device_contents: ['dd_files'] } } },
};

describe('every rule applies where it should and not where it should not', () => {
  it('the table covers exactly the rules of the catalogue', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(RULES.map((r) => [r.id] as const))('%s', (id) => {
    const c = CASES[id];
    if (!c) return expect.fail(`no fire/no-fire case for ${id}`);
    const yes = findingOf(assessRaw(withAnswers(c.yes)), id);
    expect(yes?.outcome, `${id} should apply`).toBe(c.outcome ?? 'fire');
    expect(yes?.trace.length).toBeGreaterThan(0);
    expect(findingOf(assessRaw(withAnswers(c.no)), id), `${id} should not apply`).toBeUndefined();
  });

  it('on the neutral profile only G-01, VU-01 and VU-03 apply', () => {
    expect(assessRaw(withAnswers({})).findings.map((f) => f.ruleId)).toEqual(['G-01', 'VU-01', 'VU-03']);
  });
});
