/**
 * Checks a raw profile (parsed JSON or YAML) against the schema of brief §15 and contracts.md, and returns the
 * validated profile the engine reads, or every error at once. Policy: typos are never ignored (unknown sections and
 * fields are errors); an absent section is not assessed; a missing field in a present section is `'unknown'`;
 * with `system.graded_in_cn = false` the other `system.*` fields do not apply and are dropped.
 */
import { PROFILE_FIELDS, SECTIONS, fieldsOfSection } from './fields';
import { deriveForeignControlled, deriveIsCryptoProduct, deriveIsInfosecProduct } from './derive';
import type { FieldDef, FieldValue, Profile, ProfileSection, SectionName } from './types';
import { UNKNOWN } from './types';

/** One problem with one field (or section). `allowed` lists the values that would be accepted. */
export interface ProfileError {
  readonly path: string;
  readonly message: string;
  readonly allowed?: readonly string[];
}

/** The outcome of `validateProfile`. */
export type ProfileValidation =
  | {
      readonly ok: true;
      readonly profile: Profile;
      /** Derived fields that were answered, so taken as given instead of computed (shown as overrides). */
      readonly overrides: string[];
      /** Things accepted but worth telling the user (a null answer read as unknown, "none" mixed into a set …). */
      readonly warnings: string[];
    }
  | { readonly ok: false; readonly errors: ProfileError[] };

type Parsed = { value: FieldValue; warning?: string } | { error: ProfileError };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v);
}

/** Levenshtein distance, to suggest the field or section a typo meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(name: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean "${best}"?` : '';
}

function allowedOf(def: FieldDef): string[] {
  return [...def.values, UNKNOWN];
}

function parseEnum(def: FieldDef, v: unknown): Parsed {
  if (typeof v === 'string' && (v === UNKNOWN || def.values.includes(v))) return { value: v };
  if (typeof v === 'boolean' && def.values.includes('yes')) {
    return {
      error: {
        path: def.path,
        message: `${def.path} takes the string "yes" or "no", not the boolean ${String(v)}. In YAML, quote them ("yes", "no"): YAML 1.1 parsers read unquoted yes/no as true/false.`,
        allowed: allowedOf(def),
      },
    };
  }
  return { error: { path: def.path, message: `${def.path}: ${show(v)} is not an allowed value.`, allowed: allowedOf(def) } };
}

function parseBoolean(def: FieldDef, v: unknown): Parsed {
  if (typeof v === 'boolean' || v === UNKNOWN) return { value: v };
  const hint = v === 'true' || v === 'false' || v === 'yes' || v === 'no' ? ' Write true or false without quotes.' : '';
  return { error: { path: def.path, message: `${def.path} takes true or false (or "unknown"), not ${show(v)}.${hint}`, allowed: allowedOf(def) } };
}

function parseLevel(def: FieldDef, v: unknown): Parsed {
  if (v === UNKNOWN || (v === 'none' && def.values.includes('none'))) return { value: v };
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) return { value: v };
  if (typeof v === 'string' && /^[1-5]$/.test(v.trim())) {
    return { value: Number(v.trim()), warning: `${def.path}: read the string "${v}" as the level ${v.trim()}.` };
  }
  return { error: { path: def.path, message: `${def.path} takes a level 1 to 5${def.values.includes('none') ? ', "none"' : ''} or "unknown", not ${show(v)}.`, allowed: allowedOf(def) } };
}

function parseSet(def: FieldDef, v: unknown): Parsed {
  if (v === UNKNOWN) return { value: v };
  if (!Array.isArray(v)) {
    const example = typeof v === 'string' && def.values.includes(v) ? ` Write it as a list: [${v}].` : '';
    return { error: { path: def.path, message: `${def.path} takes a list of values, not ${show(v)}.${example}`, allowed: def.values } };
  }
  const bad = v.filter((x) => typeof x !== 'string' || !def.values.includes(x));
  if (bad.length > 0) {
    return { error: { path: def.path, message: `${def.path}: ${bad.map(show).join(', ')} ${bad.length === 1 ? 'is not an allowed value' : 'are not allowed values'}.`, allowed: def.values } };
  }
  const given = new Set(v as string[]);
  const items = def.values.filter((x) => x !== 'none' && given.has(x));
  const warning = given.has('none') && items.length > 0 ? `${def.path}: "none" listed together with other values; "none" was ignored.` : undefined;
  return warning ? { value: items, warning } : { value: items };
}

function parseValue(def: FieldDef, v: unknown): Parsed {
  if (v === null || v === undefined) return { value: UNKNOWN, warning: `${def.path}: an empty answer was read as "unknown".` };
  switch (def.kind) {
    case 'enum':
      return parseEnum(def, v);
    case 'boolean':
      return parseBoolean(def, v);
    case 'level':
      return parseLevel(def, v);
    case 'set':
      return parseSet(def, v);
  }
}

function deriveField(path: string, profile: Partial<Record<SectionName, Record<string, FieldValue>>>): FieldValue {
  switch (path) {
    case 'vendor.foreign_controlled':
      return deriveForeignControlled(profile.vendor?.hq_jurisdiction);
    case 'product.is_infosec_product':
      return deriveIsInfosecProduct(profile.product?.category);
    case 'product.is_crypto_product':
      return deriveIsCryptoProduct(profile.product?.category, profile.product?.crypto_functions);
    default:
      return UNKNOWN;
  }
}

/**
 * Validates a raw profile. Returns the normalised profile (every field of a present section set; sets without
 * `'none'`; derived fields computed unless given) or every error found, each with its allowed values.
 */
export function validateProfile(raw: unknown): ProfileValidation {
  const errors: ProfileError[] = [];
  const warnings: string[] = [];
  const overrides: string[] = [];
  if (!isRecord(raw)) {
    return { ok: false, errors: [{ path: '', message: `A profile is an object of sections, not ${Array.isArray(raw) ? 'a list' : show(raw)}.`, allowed: SECTIONS }] };
  }
  const out: Partial<Record<SectionName, Record<string, FieldValue>>> = {};
  const given = new Set<string>();
  for (const [name, body] of Object.entries(raw)) {
    if (!(SECTIONS as readonly string[]).includes(name)) {
      const hint = name === 'mlps' ? ' MLPS levels are derived by the engine; use system.declared_mlps for a declared level.' : suggestion(name, SECTIONS);
      errors.push({ path: name, message: `"${name}" is not a profile section.${hint}`, allowed: SECTIONS });
      continue;
    }
    const section = name as SectionName;
    const defs = fieldsOfSection(section);
    if (body === null || body === undefined) {
      warnings.push(`Section "${section}" has no answers: every field is unknown.`);
    } else if (!isRecord(body)) {
      errors.push({ path: section, message: `Section "${section}" must be an object of field answers, not ${show(body)}.` });
      continue;
    }
    const values: Record<string, FieldValue> = {};
    for (const [key, v] of Object.entries(isRecord(body) ? body : {})) {
      const def = defs.find((d) => d.key === key);
      if (def === undefined) {
        errors.push({ path: `${section}.${key}`, message: `"${section}.${key}" is not a field of section "${section}".${suggestion(key, defs.map((d) => d.key))}`, allowed: defs.map((d) => d.key) });
        continue;
      }
      const parsed = parseValue(def, v);
      if ('error' in parsed) {
        errors.push(parsed.error);
        continue;
      }
      if (parsed.warning) warnings.push(parsed.warning);
      values[key] = parsed.value;
      given.add(def.path);
    }
    out[section] = values;
  }
  if (errors.length > 0) return { ok: false, errors };

  // Fill in unknowns, then derived fields (they read the filled answers).
  for (const def of PROFILE_FIELDS) {
    const sec = out[def.section];
    if (sec === undefined || def.derived) continue;
    if (!(def.key in sec)) sec[def.key] = UNKNOWN;
  }
  for (const def of PROFILE_FIELDS) {
    const sec = out[def.section];
    if (sec === undefined || !def.derived) continue;
    if (given.has(def.path) && sec[def.key] !== UNKNOWN) overrides.push(def.path);
    else sec[def.key] = deriveField(def.path, out);
  }
  const system = out.system;
  if (system !== undefined && system.graded_in_cn === false) {
    const dropped = Object.keys(system).filter((k) => k !== 'graded_in_cn' && given.has(`system.${k}`) && system[k] !== UNKNOWN);
    if (dropped.length > 0) warnings.push(`system.graded_in_cn is false, so ${dropped.map((k) => `system.${k}`).join(', ')} do not apply and were ignored.`);
    out.system = { graded_in_cn: false };
  }
  const profile: Profile = Object.fromEntries(SECTIONS.filter((s) => out[s] !== undefined).map((s) => [s, out[s] as ProfileSection]));
  return { ok: true, profile, overrides, warnings };
}
