/**
 * fast-check arbitraries for random *valid* vendor profiles in the raw contracts.md shape (what a user writes),
 * built from PROFILE_FIELDS so they follow the schema automatically. Shared by the engine, score and worked-case
 * property tests.
 */
import fc from 'fast-check';
import { PROFILE_FIELDS, SECTIONS } from '../../../shared/profile/fields';
import type { FieldDef, SectionName } from '../../../shared/profile/types';

/** A raw profile as JSON/YAML would give it: sections of field → value. */
export type RawProfile = { [section: string]: { [field: string]: unknown } };

export interface ProfileArbOptions {
  /** Allow `'unknown'` answers and omitted fields (default true). */
  readonly unknowns?: boolean;
  /** Allow answers for the derived fields (overrides; default false: they are computed). */
  readonly overrides?: boolean;
  /** Always include every section (default false: each section is present or absent at random). */
  readonly allSections?: boolean;
  /** Which sections may appear (default all seven). */
  readonly sections?: readonly SectionName[];
}

/** One valid definite answer for a field (never `'unknown'`). */
export function knownValueArb(def: FieldDef): fc.Arbitrary<unknown> {
  switch (def.kind) {
    case 'boolean':
      return fc.boolean();
    case 'level':
      return fc.constantFrom<unknown>(...def.values.map((v) => (v === 'none' ? 'none' : Number(v))));
    case 'set': {
      const items = def.values.filter((v) => v !== 'none');
      return fc.oneof(
        { weight: 4, arbitrary: fc.subarray(items, { minLength: 1 }) },
        { weight: 1, arbitrary: fc.constant(def.values.includes('none') ? ['none'] : []) },
      );
    }
    case 'enum':
      return fc.constantFrom<unknown>(...def.values);
  }
}

/** One valid answer for a field: a definite value, or (when allowed) `'unknown'`. */
export function valueArb(def: FieldDef, unknowns = true): fc.Arbitrary<unknown> {
  if (!unknowns) return knownValueArb(def);
  return fc.oneof({ weight: 6, arbitrary: knownValueArb(def) }, { weight: 1, arbitrary: fc.constant('unknown') });
}

function sectionArb(section: SectionName, opts: ProfileArbOptions): fc.Arbitrary<Record<string, unknown>> {
  const unknowns = opts.unknowns ?? true;
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const def of PROFILE_FIELDS) {
    if (def.section !== section) continue;
    if (def.derived && !opts.overrides) continue;
    // Mostly graded systems: the N/A branch is exercised, but most profiles reach the MLPS rules.
    model[def.key] =
      def.path === 'system.graded_in_cn'
        ? fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }, ...(unknowns ? [{ weight: 1, arbitrary: fc.constant('unknown') }] : []))
        : valueArb(def, unknowns);
  }
  return unknowns ? fc.record(model, { requiredKeys: [] }) : fc.record(model);
}

/** A random valid profile (raw shape). */
export function profileArb(opts: ProfileArbOptions = {}): fc.Arbitrary<RawProfile> {
  const sections = opts.sections ?? SECTIONS;
  const model: Record<string, fc.Arbitrary<Record<string, unknown>>> = {};
  for (const s of sections) model[s] = sectionArb(s, opts);
  if (opts.allSections) return fc.record(model);
  return fc.record(model, { requiredKeys: [] }).map((p) => {
    const out: RawProfile = {};
    for (const [k, v] of Object.entries(p)) if (v !== undefined) out[k] = v;
    return out;
  });
}

/** A complete profile: every section, every input field answered with a definite value. */
export function fullProfileArb(): fc.Arbitrary<RawProfile> {
  return profileArb({ unknowns: false, allSections: true });
}
