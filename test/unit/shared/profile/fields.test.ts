// The questionnaire schema: one field per brief §15 entry (frozen list), consistent shapes, and the lookups.
import { describe, expect, it } from 'vitest';
import { DERIVED_FACTS, PROFILE_FIELDS, SECTIONS, SECTION_TITLES, fieldByPath, fieldsOfSection } from '../../../../shared/profile/fields';

const BRIEF_FIELDS = [
  'vendor.hq_jurisdiction', 'vendor.foreign_controlled', 'vendor.china_presence', 'vendor.named_in_reported_restriction', 'vendor.review_status', 'vendor.staff_in_china',
  'product.category', 'product.is_infosec_product', 'product.is_crypto_product', 'product.network_connected', 'product.catalogue_status', 'product.delivery_model',
  'product.customization', 'product.crypto_functions', 'product.crypto_sm_support', 'product.crypto_cn_certified', 'product.consumer_mass_market',
  'product.vendor_cloud_location', 'product.telemetry', 'product.update_channel', 'product.key_custody',
  'customer.sector', 'customer.type', 'customer.cii_status', 'customer.is_telecom_or_isp', 'customer.hospital_tier',
  'system.graded_in_cn', 'system.max_hosted_level', 'system.function', 'system.harm_object_max', 'system.harm_degree_max', 'system.declared_mlps', 'system.hosting', 'system.extensions',
  'data.pi_subjects', 'data.sensitive_pi_subjects', 'data.important_data', 'data.core_data', 'data.sector_localisation', 'data.storage_location', 'data.cross_border',
  'ops.remote_maintenance', 'ops.vendor_privileged_access', 'ops.vuln_process', 'ops.offers_service_in_cn',
  'travel.devices_into_cn', 'travel.device_contents', 'travel.device_posture',
];

describe('profile fields', () => {
  it('has exactly the fields of brief §15, in questionnaire order', () => {
    expect(PROFILE_FIELDS.map((f) => f.path)).toEqual(BRIEF_FIELDS);
    expect(SECTIONS).toEqual(['vendor', 'product', 'customer', 'system', 'data', 'ops', 'travel']);
    expect(Object.keys(SECTION_TITLES)).toEqual([...SECTIONS]);
  });

  it('keeps path, section and key consistent, and never lists "unknown" as a value', () => {
    for (const f of PROFILE_FIELDS) {
      expect(f.path).toBe(`${f.section}.${f.key}`);
      expect(f.values.length, f.path).toBeGreaterThan(0);
      expect(f.values).not.toContain('unknown');
      expect(new Set(f.values).size).toBe(f.values.length);
      expect(f.label.en.length).toBeGreaterThan(2);
      if (f.kind === 'boolean') expect(f.values).toEqual(['true', 'false']);
      if (f.kind === 'level') expect(f.values).toEqual(['1', '2', '3', '4', '5', 'none']);
    }
  });

  it('marks exactly the three derived fields of §15 and the two likely fields', () => {
    expect(PROFILE_FIELDS.filter((f) => f.derived).map((f) => f.path)).toEqual(['vendor.foreign_controlled', 'product.is_infosec_product', 'product.is_crypto_product']);
    expect(PROFILE_FIELDS.filter((f) => f.likely).map((f) => [f.path, f.likely])).toEqual([
      ['customer.cii_status', { positive: 'identified', negative: 'not_cii' }],
      ['data.important_data', { positive: 'notified', negative: 'no' }],
    ]);
  });

  it('looks fields up by path and by section', () => {
    expect(fieldByPath('customer.cii_status')?.values).toEqual(['identified', 'likely', 'not_cii']);
    expect(fieldByPath('customer.nope')).toBeUndefined();
    expect(fieldsOfSection('ops').map((f) => f.key)).toEqual(['remote_maintenance', 'vendor_privileged_access', 'vuln_process', 'offers_service_in_cn']);
    expect(DERIVED_FACTS.map((d) => d.path)).toContain('mlps.level_max');
  });
});
