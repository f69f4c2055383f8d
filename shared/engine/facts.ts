/**
 * Reading answers for the engine: three-valued truth with "not applicable", and the two `likely` scenarios of brief
 * §15.7 (every `likely` read as its positive value, then as its negative value). A FIRE that holds only in the
 * positive scenario is conditional.
 */
import { fieldByPath } from '../profile/fields';
import type { FieldValue, Profile, SectionName } from '../profile/types';
import { UNKNOWN } from '../profile/types';

/** `likely` read as confirmed (`pos`) or as not confirmed (`neg`). */
export type Scenario = 'pos' | 'neg';
export const SCENARIOS: readonly Scenario[] = ['pos', 'neg'];

/**
 * Truth with "not applicable": `na` behaves as false in every combination, but is kept apart so that a negation
 * of a not-applicable test stays not applicable (a consumer product's `system.function` is neither X nor not X).
 */
export type Truth4 = true | false | 'unknown' | 'na';

/** The value of one field as one scenario sees it. `raw` is the answer as given (e.g. `likely`). */
export type Lookup =
  | { readonly kind: 'na' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'value'; readonly value: FieldValue; readonly raw: FieldValue; readonly likely: boolean };

/** Looks a field up in a validated profile, in one scenario. */
export function lookup(profile: Profile, path: string, scenario: Scenario): Lookup {
  const [section, key] = path.split('.') as [SectionName, string];
  const sec = profile[section];
  if (sec === undefined) return { kind: 'na' };
  const raw = sec[key];
  if (raw === undefined) {
    // Only the system fields of a system that is not graded in China are left out of a validated profile.
    return section === 'system' && sec.graded_in_cn === false ? { kind: 'na' } : { kind: 'unknown' };
  }
  if (raw === UNKNOWN) return { kind: 'unknown' };
  const likely = fieldByPath(path)?.likely;
  if (likely !== undefined && raw === 'likely') {
    return { kind: 'value', value: scenario === 'pos' ? likely.positive : likely.negative, raw, likely: true };
  }
  return { kind: 'value', value: raw, raw, likely: false };
}

/** Three-valued AND: false (or na) as soon as one part is; else unknown if any part is; else true. */
export function and4(parts: readonly Truth4[]): Truth4 {
  if (parts.includes(false)) return false;
  if (parts.includes('na')) return 'na';
  if (parts.includes('unknown')) return 'unknown';
  return true;
}

/** Three-valued OR: true as soon as one part is; else unknown if any part is; else false (na if all are na). */
export function or4(parts: readonly Truth4[]): Truth4 {
  if (parts.includes(true)) return true;
  if (parts.includes('unknown')) return 'unknown';
  if (parts.length > 0 && parts.every((p) => p === 'na')) return 'na';
  return false;
}

/** Three-valued NOT; not applicable stays not applicable. */
export function not4(t: Truth4): Truth4 {
  if (t === 'na' || t === 'unknown') return t;
  return !t;
}
