/** AC-01 of cases.md (US hardware firewall at a state-owned bank, identified CII) as a raw profile object. */
import type { ProfileAnswers } from '../../../../shared/review/types';

export const AC01: ProfileAnswers = {
  vendor: { hq_jurisdiction: 'US', foreign_controlled: true, china_presence: 'wfoe', named_in_reported_restriction: 'unknown', review_status: 'none', staff_in_china: 'support_engineering' },
  product: {
    category: 'firewall_utm',
    delivery_model: 'hardware_appliance',
    network_connected: true,
    catalogue_status: 'in_catalogue_above_threshold',
    customization: 'configured',
    crypto_functions: ['vpn_tunnel', 'tls', 'key_management'],
    crypto_sm_support: 'none',
    crypto_cn_certified: 'no',
    consumer_mass_market: false,
    vendor_cloud_location: 'offshore',
    telemetry: 'metadata_offshore',
    update_channel: 'vendor_cloud_offshore',
    key_custody: 'customer',
  },
  customer: { sector: 'banking', type: 'soe_central', cii_status: 'identified', is_telecom_or_isp: false, hospital_tier: 'n_a' },
  system: { graded_in_cn: true, function: 'boundary_security', harm_object_max: 'social_order', harm_degree_max: 'especially_serious', declared_mlps: 4, hosting: 'onprem_cn', extensions: [] },
  data: {
    pi_subjects: 'gt_1m',
    sensitive_pi_subjects: 'gte_10k',
    important_data: 'likely',
    core_data: 'unknown',
    sector_localisation: ['personal_financial'],
    storage_location: 'cn',
    cross_border: ['vendor_support_access'],
  },
  ops: { remote_maintenance: 'remote_from_abroad', vendor_privileged_access: true, vuln_process: 'global_only', offers_service_in_cn: false },
};

/** A copy of a profile with `section.field` set (or removed with `undefined`). */
export function withAnswer(raw: ProfileAnswers, path: string, value: unknown): ProfileAnswers {
  const [section = '', field = ''] = path.split('.');
  const next = { ...(raw[section] ?? {}) } as Record<string, unknown>;
  if (value === undefined) delete next[field];
  else next[field] = value;
  return { ...raw, [section]: next };
}
