// The compiled catalogue (shared/engine/compile.ts): compiled once per catalogue, shared rule parts compiled once,
// and catalogue mistakes that would fail every assessment reported when the catalogue is first used.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/catalogue';
import type { Catalogue, Condition, Rule } from '../../../../shared/catalogue/rule-types';
import { assess } from '../../../../shared/engine/assess';
import { compileCatalogue } from '../../../../shared/engine/compile';
import { validateProfile } from '../../../../shared/profile/validate';
import { NEUTRAL } from './neutral-profile';

function withRules(rules: readonly Rule[]): Catalogue {
  return { ...CATALOGUE, version: 'test', rules };
}

function ruleWith(id: string, trigger: Condition): Rule {
  const base = CATALOGUE.rules[0];
  if (base === undefined) throw new Error('empty catalogue');
  return { ...base, id, trigger };
}

function assessNeutral(catalogue: Catalogue): unknown {
  const v = validateProfile(NEUTRAL);
  if (!v.ok) throw new Error('neutral profile is not valid');
  return assess(v.profile, catalogue);
}

describe('compileCatalogue', () => {
  it('compiles a catalogue once', () => {
    expect(compileCatalogue(CATALOGUE)).toBe(compileCatalogue(CATALOGUE));
    expect(compileCatalogue(withRules(CATALOGUE.rules))).not.toBe(compileCatalogue(CATALOGUE));
  });

  it('compiles a condition shared by rules once (its result is computed once per assessment)', () => {
    const shared: Condition = { field: 'customer.cii_status', op: 'in', value: ['identified', 'likely'] };
    const { rules } = compileCatalogue(withRules([ruleWith('X-1', shared), ruleWith('X-2', { all: [shared, { section: 'vendor' }] })]));
    const second = rules[1]?.trigger;
    expect(second?.kind === 'all' ? second.children[0] : undefined).toBe(rules[0]?.trigger);
  });

  it('reports an unknown rule, a rule that depends on itself and an unknown derived fact', () => {
    expect(() => assessNeutral(withRules([ruleWith('X-1', { rule: 'X-9', outcomeIn: ['fire'] })]))).toThrow('Unknown rule X-9 referenced.');
    const cycle = [ruleWith('X-1', { rule: 'X-2', outcomeIn: ['fire'] }), ruleWith('X-2', { not: { rule: 'X-1', outcomeIn: ['no'] } })];
    expect(() => assessNeutral(withRules(cycle))).toThrow(/depends on itself/);
    expect(() => assessNeutral(withRules([ruleWith('X-1', { field: 'mlps.level_avg', op: 'gte', value: 3 })]))).toThrow('Unknown derived fact mlps.level_avg.');
  });
});
