/**
 * Test support: a complete, benign profile (every rule but G-01, VU-01 and VU-03 is NO on it) and helpers to
 * change a few answers and assess the result, so each test states only the answers that matter.
 */
import { expect } from 'vitest';
import { assess } from '../../../../shared/engine/assess';
import type { Assessment, Finding } from '../../../../shared/engine/assessment';
import { validateProfile } from '../../../../shared/profile/validate';

export type RawProfile = { [section: string]: { [field: string]: unknown } };
/** Per section: answers to change, or null to leave the section out. */
export type Changes = { [section: string]: { [field: string]: unknown } | null };

export const NEUTRAL: RawProfile = {
  vendor: { hq_jurisdiction: 'EU', china_presence: 'none', named_in_reported_restriction: 'no', review_status: 'none', staff_in_china: 'none' },
  product: {
    category: 'business_app', network_connected: false, catalogue_status: 'not_in_catalogue', delivery_model: 'on_prem_software',
    customization: 'cots', crypto_functions: ['none'], crypto_sm_support: 'none', crypto_cn_certified: 'n_a', consumer_mass_market: false,
    vendor_cloud_location: 'none', telemetry: 'none', update_channel: 'customer_controlled', key_custody: 'n_a',
  },
  customer: { sector: 'other', type: 'private_domestic', cii_status: 'not_cii', is_telecom_or_isp: false, hospital_tier: 'n_a' },
  system: {
    graded_in_cn: true, max_hosted_level: 'none', function: 'internal_office', harm_object_max: 'citizens', harm_degree_max: 'general',
    declared_mlps: 1, hosting: 'onprem_cn', extensions: [],
  },
  data: { pi_subjects: 'none', sensitive_pi_subjects: 'none', important_data: 'no', core_data: 'no', sector_localisation: ['none'], storage_location: 'cn', cross_border: ['none'] },
  ops: { remote_maintenance: 'none', vendor_privileged_access: false, vuln_process: 'cn_integrated', offers_service_in_cn: false },
  travel: { devices_into_cn: false, device_contents: ['none'], device_posture: 'clean_loaner' },
};

/** The neutral profile with some answers changed (and sections dropped where `null`). */
export function withAnswers(changes: Changes, base: RawProfile = NEUTRAL): RawProfile {
  const out: RawProfile = {};
  for (const [s, body] of Object.entries(base)) out[s] = { ...body };
  for (const [s, body] of Object.entries(changes)) {
    if (body === null) delete out[s];
    else out[s] = { ...(out[s] ?? {}), ...body };
  }
  return out;
}

/** Validates (the profile must be valid) and assesses a raw profile. */
export function assessRaw(raw: unknown): Assessment {
  const v = validateProfile(raw);
  if (!v.ok) expect.fail(`invalid test profile: ${JSON.stringify(v.errors)}`);
  return assess(v.profile);
}

/** The finding of one rule, or undefined when the rule did not apply. */
export function findingOf(a: Assessment, ruleId: string): Finding | undefined {
  return a.findings.find((f) => f.ruleId === ruleId);
}

/** Levels for changes: `L(2)` gives a level-2 system under both matrices. */
export function level(n: 1 | 2 | 3 | 4 | 5): { harm_object_max: string; harm_degree_max: string } {
  const m = { 1: ['citizens', 'general'], 2: ['citizens', 'serious'], 3: ['social_order', 'serious'], 4: ['social_order', 'especially_serious'], 5: ['national_security', 'especially_serious'] } as const;
  return { harm_object_max: m[n][0], harm_degree_max: m[n][1] };
}
