/**
 * Between stored answers and controls: a stored answer (string, number, boolean, string[] or absent) becomes the
 * string a radio group or select shows, and back. Booleans are stored as true/false, levels as numbers 1–5.
 */
import type { FieldDef } from '../../../shared/profile/types';
import { UNKNOWN } from '../../../shared/profile/types';

/** The control value of a stored answer: `''` when not answered. */
export function toChoice(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : '';
}

/** The stored answer for a control value. */
export function fromChoice(def: FieldDef, choice: string): string | number | boolean {
  if (choice === UNKNOWN) return UNKNOWN;
  if (def.kind === 'boolean') return choice === 'true';
  if (def.kind === 'level' && /^[1-5]$/.test(choice)) return Number(choice);
  return choice;
}

/** How a field is asked: a radio group for short lists, a select for long ones, checkboxes for sets. */
export type ControlKind = 'choice' | 'select' | 'set';

/** Enums with more options than this are a select. */
export const MAX_RADIO_OPTIONS = 4;

export function controlKind(def: FieldDef): ControlKind {
  if (def.kind === 'set') return 'set';
  if (def.kind === 'enum' && def.values.length > MAX_RADIO_OPTIONS) return 'select';
  return 'choice';
}

/** The set items checked for a stored set answer (`[]` for none, `['unknown']` for unknown). */
export function setItems(value: unknown): readonly string[] | null {
  if (value === UNKNOWN) return [UNKNOWN];
  if (Array.isArray(value)) return value.filter((x): x is string => typeof x === 'string' && x !== 'none');
  return null;
}
