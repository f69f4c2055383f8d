/**
 * Reading answers for the engine: three-valued truth with "not applicable", and the two `likely` scenarios of brief
 * §15.7 (every `likely` answer read as its positive value, then as its negative value). A FIRE that holds only in the
 * positive scenario is conditional.
 */
import { fieldByPath, PROFILE_FIELDS, SECTIONS } from '../profile/fields';
import type { FieldDef, FieldValue, Profile, SectionName } from '../profile/types';
import { UNKNOWN } from '../profile/types';

/** `likely` read as confirmed (`pos`) or as not confirmed (`neg`). */
export type Scenario = 'pos' | 'neg';
export const SCENARIOS: readonly Scenario[] = ['pos', 'neg'];

/**
 * Truth with "not applicable": `na` behaves as false in every combination, but is kept apart so that a negation
 * of a not-applicable test stays not applicable (a consumer product's `system.function` is neither X nor not X).
 */
export type Truth4 = true | false | 'unknown' | 'na';

/** A field path split once: its section, its key, and what `likely` stands for where the field allows it. */
export interface FieldRef {
  readonly path: string;
  readonly section: SectionName;
  readonly key: string;
  readonly likely: FieldDef['likely'];
  /** Its index in PROFILE_FIELDS (its slot in `Answers`), or -1 for a path that is not a profile field. */
  readonly slot: number;
}

const SLOTS: ReadonlyMap<string, number> = new Map(PROFILE_FIELDS.map((d, i) => [d.path, i]));
const REFS = new Map<string, FieldRef>();

/** The parsed form of a field path (cached: the engine reads the same few dozen paths for every profile). */
export function fieldRef(path: string): FieldRef {
  let ref = REFS.get(path);
  if (ref === undefined) {
    const [section, key] = path.split('.') as [SectionName, string];
    ref = { path, section, key, likely: fieldByPath(path)?.likely, slot: SLOTS.get(path) ?? -1 };
    REFS.set(path, ref);
  }
  return ref;
}

/** Fields whose `likely` answer reads differently in the two scenarios. */
const LIKELY_FIELDS: readonly FieldRef[] = PROFILE_FIELDS.filter((d) => d.likely !== undefined).map((d) => fieldRef(d.path));

/**
 * The raw answer of a field, or `undefined` where the field is not applicable: its section is absent, or it is a
 * system field of a system that is not graded in China (the only fields a validated profile leaves out). A missing
 * field in a present section is read as `unknown`.
 */
export function rawAnswer(profile: Profile, ref: FieldRef): FieldValue | undefined {
  const sec = profile[ref.section];
  if (sec === undefined) return undefined;
  const raw = sec[ref.key];
  if (raw !== undefined) return raw;
  return ref.section === 'system' && sec['graded_in_cn'] === false ? undefined : UNKNOWN;
}

const KEYS: readonly string[] = PROFILE_FIELDS.map((d) => d.key);

/** Per section: the slots of its fields. */
const SECTION_SLOTS: readonly { readonly section: SectionName; readonly slots: readonly number[] }[] = SECTIONS.map((section) => ({
  section,
  slots: PROFILE_FIELDS.flatMap((d, i) => (d.section === section ? [i] : [])),
}));

/**
 * The raw answers of a profile, read once into a table by field (`FieldRef.slot`), as `rawAnswer` gives them.
 * Profiles come in many shapes (which fields were answered, in which order), so reading a field by name is slow;
 * the table reads each field once, however many tests read it.
 */
export class Answers {
  private readonly table: (FieldValue | undefined)[] = new Array<FieldValue | undefined>(PROFILE_FIELDS.length);
  /** The sections present, in SECTIONS order. */
  readonly sections: SectionName[] = [];

  constructor(readonly profile: Profile) {
    for (const { section, slots } of SECTION_SLOTS) {
      const sec = profile[section];
      if (sec === undefined) continue;
      this.sections.push(section);
      const missing = section === 'system' && sec['graded_in_cn'] === false ? undefined : UNKNOWN;
      for (const slot of slots) {
        const raw = sec[KEYS[slot] ?? ''];
        this.table[slot] = raw === undefined ? missing : raw;
      }
    }
  }

  /** The raw answer (undefined: not applicable), as `rawAnswer` reads it. */
  get(ref: FieldRef): FieldValue | undefined {
    return ref.slot >= 0 ? this.table[ref.slot] : rawAnswer(this.profile, ref);
  }

  /** Whether a section of this name is present. */
  hasSection(name: string): boolean {
    return (this.sections as readonly string[]).includes(name);
  }

  /**
   * Whether any field is answered `likely`. Without such an answer both scenarios read the same values, so every
   * result of the negative scenario equals the positive one and the engine evaluates only one.
   */
  hasLikely(): boolean {
    return LIKELY_FIELDS.some((ref) => this.get(ref) === 'likely');
  }
}

/** The value a known raw answer stands for in one scenario (`likely` → its positive or negative value). */
export function scenarioValue(ref: FieldRef, raw: FieldValue, scenario: Scenario): FieldValue {
  if (ref.likely !== undefined && raw === 'likely') return scenario === 'pos' ? ref.likely.positive : ref.likely.negative;
  return raw;
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
