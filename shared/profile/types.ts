/**
 * Shapes of the vendor profile (brief §15, contracts.md): the questionnaire's sections and fields, and the validated
 * profile the engine reads. Raw input is `unknown` until `validateProfile` (validate.ts) has checked it.
 */
import type { LocalText } from '../catalogue/types';

/** The seven profile sections, in questionnaire order. */
export type SectionName = 'vendor' | 'product' | 'customer' | 'system' | 'data' | 'ops' | 'travel';

/**
 * Field kinds: `enum` (one string of `values`), `set` (array of strings of `values`), `boolean` (true/false) and
 * `level` (a number 1..5, plus `'none'` where `values` lists it). Every kind also accepts `'unknown'`.
 */
export type FieldKind = 'enum' | 'set' | 'boolean' | 'level';

/** A field path such as `vendor.hq_jurisdiction`. */
export type FieldPath = `${SectionName}.${string}`;

/** One questionnaire field (brief §15). */
export interface FieldDef {
  /** `section.key`, e.g. `vendor.hq_jurisdiction` (a `FieldPath`; typed as string so callers can look up any string). */
  readonly path: string;
  readonly section: SectionName;
  /** The field name inside its section (`hq_jurisdiction`). */
  readonly key: string;
  readonly kind: FieldKind;
  /**
   * Allowed values, without `'unknown'` (always allowed). Booleans list `'true'`, `'false'`; levels list
   * `'1'`…`'5'` (given as numbers in a profile) and `'none'` where allowed.
   */
  readonly values: readonly string[];
  /** Computed from other answers when absent; an answer given for it is taken as an override. */
  readonly derived?: boolean;
  /** Rule ids that really read this field (in a trigger, a severity step, or through the MLPS estimator). */
  readonly usedBy: readonly string[];
  /**
   * For fields with a `likely` answer: the value `likely` stands for when confirmed and when not (brief §15.7,
   * `customer.cii_status likely → identified / not_cii`).
   */
  readonly likely?: { readonly positive: string; readonly negative: string };
  /** Short label for lists and error messages. */
  readonly label: LocalText;
}

/** The literal every field accepts for "not known yet". */
export const UNKNOWN = 'unknown';
export type Unknown = typeof UNKNOWN;

/** One answer in a validated profile: an enum string, a level number, a boolean, a set, or `'unknown'`. */
export type FieldValue = string | number | boolean | readonly string[];

/** A validated section: every field of the section is set (missing answers are `'unknown'`). */
export type ProfileSection = { readonly [key: string]: FieldValue };

/**
 * A validated profile. An absent section was not assessed. In a present section every field is set; the one
 * exception is `system` with `graded_in_cn = false`, where the other `system.*` fields are absent because they do
 * not apply (brief §15.7). Sets never contain `'none'` (an empty array means "none").
 */
export type Profile = { readonly [S in SectionName]?: ProfileSection };
