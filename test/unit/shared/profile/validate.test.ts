// Profile validation (contracts.md, brief §15 and §15.7): every error kind, all errors at once with their allowed
// values, the YAML yes/no pitfall, unknowns, not-applicable system fields, and derived fields with overrides.
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../../../shared/profile/validate';
import type { ProfileError } from '../../../../shared/profile/validate';
import { profileArb } from '../arbitraries';

function errorsOf(raw: unknown): ProfileError[] {
  const v = validateProfile(raw);
  if (v.ok) return expect.fail('expected the profile to be rejected');
  return v.errors;
}

function valid(raw: unknown) {
  const v = validateProfile(raw);
  if (!v.ok) return expect.fail(`expected a valid profile: ${JSON.stringify(v.errors)}`);
  return v;
}

describe('rejected profiles', () => {
  it('rejects a non-object profile', () => {
    for (const raw of [null, 'vendor', [], 3]) expect(errorsOf(raw)[0]?.path).toBe('');
  });

  it('rejects an unknown section and suggests the right one', () => {
    const [e] = errorsOf({ vendr: { hq_jurisdiction: 'US' } });
    expect(e?.path).toBe('vendr');
    expect(e?.message).toMatch(/Did you mean "vendor"/);
    expect(e?.allowed).toContain('vendor');
  });

  it('rejects an mlps section: levels are derived', () => {
    expect(errorsOf({ mlps: { level_min: 3 } })[0]?.message).toMatch(/derived by the engine/);
  });

  it('rejects an unknown field (a typo is never ignored) and suggests the right one', () => {
    const [e] = errorsOf({ product: { catagory: 'os' } });
    expect(e?.path).toBe('product.catagory');
    expect(e?.message).toMatch(/Did you mean "category"/);
  });

  it('names every bad field at once, each with its allowed values', () => {
    const errors = errorsOf({
      vendor: { hq_jurisdiction: 'Mars' },
      product: { category: 'toaster', crypto_functions: ['tls', 'rot13'], network_connected: 'yes' },
      system: { declared_mlps: 7 },
      travel: { device_contents: 'source_code' },
    });
    expect(errors.map((e) => e.path).sort()).toEqual(['product.category', 'product.crypto_functions', 'product.network_connected', 'system.declared_mlps', 'travel.device_contents', 'vendor.hq_jurisdiction']);
    expect(errors.find((e) => e.path === 'vendor.hq_jurisdiction')?.allowed).toEqual(['CN', 'HK_MO_TW', 'US', 'EU', 'UK', 'JP', 'KR', 'IL', 'other', 'unknown']);
    expect(errors.find((e) => e.path === 'product.crypto_functions')?.message).toMatch(/"rot13" is not an allowed value/);
    expect(errors.find((e) => e.path === 'product.network_connected')?.message).toMatch(/true or false/);
    expect(errors.find((e) => e.path === 'travel.device_contents')?.message).toMatch(/list.*\[source_code\]/);
    for (const e of errors) expect(e.allowed?.length).toBeGreaterThan(0);
  });

  it('rejects a YAML 1.1 boolean for a yes/no field and says to quote "yes"/"no"', () => {
    for (const [path, raw] of [
      ['vendor.named_in_reported_restriction', { vendor: { named_in_reported_restriction: true } }],
      ['product.crypto_cn_certified', { product: { crypto_cn_certified: false } }],
      ['data.core_data', { data: { core_data: false } }],
    ] as const) {
      const [e] = errorsOf(raw);
      expect(e?.path).toBe(path);
      expect(e?.message).toMatch(/quote them \("yes", "no"\)/);
      expect(e?.allowed).toEqual(expect.arrayContaining(['yes', 'no', 'unknown']));
    }
  });

  it('rejects a boolean where an enum without yes/no is expected, and a level out of range', () => {
    expect(errorsOf({ data: { important_data: false } })[0]?.message).not.toMatch(/quote/);
    expect(errorsOf({ system: { max_hosted_level: 0 } })[0]?.path).toBe('system.max_hosted_level');
    expect(errorsOf({ system: { declared_mlps: 2.5 } })[0]?.path).toBe('system.declared_mlps');
  });

  it('rejects a section that is not an object', () => {
    expect(errorsOf({ vendor: ['US'] })[0]?.path).toBe('vendor');
  });
});

describe('accepted profiles', () => {
  it('reads quoted "yes"/"no" from YAML as strings (YAML 1.2 core schema)', () => {
    const v = valid(parse('vendor:\n  named_in_reported_restriction: "no"\ndata:\n  core_data: "yes"\n'));
    expect(v.profile.vendor?.named_in_reported_restriction).toBe('no');
    expect(v.profile.data?.core_data).toBe('yes');
  });

  it('keeps absent sections absent and fills missing fields of present sections with "unknown"', () => {
    const v = valid({ vendor: { hq_jurisdiction: 'US' } });
    expect(Object.keys(v.profile)).toEqual(['vendor']);
    expect(v.profile.vendor?.china_presence).toBe('unknown');
    expect(v.profile.vendor?.hq_jurisdiction).toBe('US');
  });

  it('accepts "unknown" for every kind, and levels as numbers, "none" or digit strings (with a warning)', () => {
    const v = valid({ system: { graded_in_cn: 'unknown', declared_mlps: '3', max_hosted_level: 'none', extensions: 'unknown' }, product: { network_connected: 'unknown' } });
    expect(v.profile.system?.declared_mlps).toBe(3);
    expect(v.profile.system?.max_hosted_level).toBe('none');
    expect(v.profile.system?.extensions).toBe('unknown');
    expect(v.warnings.join(' ')).toMatch(/read the string "3" as the level 3/);
  });

  it('normalises sets: "none" means empty, duplicates collapse, "none" mixed with values is dropped with a warning', () => {
    const v = valid({ data: { sector_localisation: ['none'], cross_border: ['analytics', 'none', 'analytics', 'hr_management'] } });
    expect(v.profile.data?.sector_localisation).toEqual([]);
    expect(v.profile.data?.cross_border).toEqual(['hr_management', 'analytics']);
    expect(v.warnings.join(' ')).toMatch(/"none" listed together/);
  });

  it('reads an empty answer (YAML `field:`) as unknown, with a warning', () => {
    const v = valid(parse('customer:\n  cii_status:\n'));
    expect(v.profile.customer?.cii_status).toBe('unknown');
    expect(v.warnings).toHaveLength(1);
  });

  it('drops the other system fields when graded_in_cn is false (not applicable), and says so', () => {
    const v = valid({ system: { graded_in_cn: false, harm_object_max: 'citizens', hosting: 'unknown' } });
    expect(v.profile.system).toEqual({ graded_in_cn: false });
    expect(v.warnings.join(' ')).toMatch(/system\.harm_object_max do not apply/);
  });

  it('derives foreign_controlled, is_infosec_product and is_crypto_product when absent', () => {
    const v = valid({ vendor: { hq_jurisdiction: 'CN' }, product: { category: 'vpn_gateway', crypto_functions: ['tls'] } });
    expect(v.profile.vendor?.foreign_controlled).toBe(false);
    expect(v.profile.product?.is_infosec_product).toBe(true);
    expect(v.profile.product?.is_crypto_product).toBe(true);
    expect(v.overrides).toEqual([]);
    const core = valid({ product: { category: 'business_app', crypto_functions: ['crypto_core'] } });
    expect(core.profile.product?.is_crypto_product).toBe(true);
    expect(core.profile.product?.is_infosec_product).toBe(false);
    const open = valid({ vendor: {}, product: { crypto_functions: ['tls'] } });
    expect(open.profile.vendor?.foreign_controlled).toBe('unknown');
    expect(open.profile.product?.is_crypto_product).toBe('unknown');
    expect(valid({ vendor: { hq_jurisdiction: 'HK_MO_TW' } }).profile.vendor?.foreign_controlled).toBe(true);
  });

  it('takes a derived field as given when answered, and lists it as an override', () => {
    const v = valid({ vendor: { hq_jurisdiction: 'CN', foreign_controlled: true }, product: { category: 'os', is_infosec_product: 'unknown' } });
    expect(v.profile.vendor?.foreign_controlled).toBe(true);
    expect(v.overrides).toEqual(['vendor.foreign_controlled']);
    expect(v.profile.product?.is_infosec_product).toBe(false); // "unknown" is no override: computed
  });

  it('accepts every random profile built from the schema (500 runs)', () => {
    fc.assert(
      fc.property(profileArb({ overrides: true }), (raw) => {
        expect(validateProfile(raw).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
