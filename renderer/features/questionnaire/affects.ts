/**
 * What a question affects: the rules that read it (PROFILE_FIELDS `usedBy`) and the laws those rules cite (their
 * legal basis), for the "affects" line under each question. Pure and cached per field.
 */
import { CATALOGUE, ruleById } from '../../../shared/catalogue/index';
import type { Instrument } from '../../../shared/catalogue/types';
import type { Rule } from '../../../shared/catalogue/rule-types';
import type { FieldDef } from '../../../shared/profile/types';

export interface Affects {
  readonly rules: readonly Rule[];
  readonly instruments: readonly Instrument[];
}

const cache = new Map<string, Affects>();
const INSTRUMENTS: ReadonlyMap<string, Instrument> = new Map(CATALOGUE.instruments.map((i) => [i.id, i]));

/** Rules reading the field, in catalogue order, and the distinct instruments they cite (first cited first). */
export function affectsOf(def: FieldDef): Affects {
  const hit = cache.get(def.path);
  if (hit) return hit;
  const rules = def.usedBy.map((id) => ruleById(id)).filter((r): r is Rule => r !== undefined);
  const seen = new Set<string>();
  const instruments: Instrument[] = [];
  for (const rule of rules) {
    for (const ref of rule.legalBasis) {
      const inst = INSTRUMENTS.get(ref.instrument);
      if (inst && !seen.has(inst.id)) {
        seen.add(inst.id);
        instruments.push(inst);
      }
    }
  }
  const out = { rules, instruments };
  cache.set(def.path, out);
  return out;
}

/** Deep links into the catalogue browser. */
export const ruleHref = (id: string): string => `#/catalogue/rules/${encodeURIComponent(id)}`;
export const instrumentHref = (id: string): string => `#/catalogue/instruments/${encodeURIComponent(id)}`;
