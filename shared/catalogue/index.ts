/**
 * The shipped rules catalogue: version, the 58 rules of brief §17 in their order, the instruments and the
 * mitigations. The engine's default input.
 */
import { INSTRUMENTS } from './instruments';
import { MITIGATIONS } from './mitigations';
import type { Catalogue, Rule } from './rule-types';
import { CT_RULES } from './rules/ct';
import { DA_RULES } from './rules/da';
import { DC_RULES } from './rules/dc';
import { G_RULES } from './rules/g';
import { IN_RULES } from './rules/in';
import { MR_RULES } from './rules/mr';
import { RM_TR_RULES } from './rules/rm-tr';
import { SC_RULES } from './rules/sc';
import { VU_RULES } from './rules/vu';

/** Catalogue version stamped on every assessment. Bump it whenever a rule, citation or mitigation changes. */
export const CATALOGUE_VERSION = '2026.11.0';

/** Every rule, in the order of brief §17 (the order findings are listed in). */
export const RULES: readonly Rule[] = [...G_RULES, ...SC_RULES, ...CT_RULES, ...MR_RULES, ...IN_RULES, ...DA_RULES, ...DC_RULES, ...VU_RULES, ...RM_TR_RULES];

/** The shipped catalogue. */
export const CATALOGUE: Catalogue = { version: CATALOGUE_VERSION, rules: RULES, instruments: INSTRUMENTS, mitigations: MITIGATIONS };

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id (`SC-01`), or undefined. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
