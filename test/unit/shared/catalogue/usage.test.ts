// Where-used: every instrument a rule cites lists that rule; historical instruments are never cited as current law
// (any citation of one is flagged as historical context); mitigation and field usage match the rules.
import { describe, expect, it } from 'vitest';
import { CATALOGUE, RULES } from '../../../../shared/catalogue';
import { INSTRUMENTS } from '../../../../shared/catalogue/instruments';
import { MITIGATIONS } from '../../../../shared/catalogue/mitigations';
import type { Catalogue, Rule } from '../../../../shared/catalogue/rule-types';
import { PROFILE_FIELDS } from '../../../../shared/profile/fields';
import {
  instrumentUsage,
  ruleInstrumentIds,
  rulesListingMitigation,
  rulesReadingField,
} from '../../../../shared/catalogue/usage';

describe('instrumentUsage', () => {
  it('lists every rule that cites an instrument, with the articles it relies on', () => {
    for (const rule of RULES) {
      for (const id of ruleInstrumentIds(rule)) {
        const usage = instrumentUsage(id);
        expect(usage, `${rule.id} cites unknown ${id}`).toBeDefined();
        expect(usage?.ruleIds, `${id} used by ${rule.id}`).toContain(rule.id);
      }
    }
    const csl = instrumentUsage('CSL');
    expect(csl?.citations.find((c) => c.ruleId === 'SC-01')?.ref.cslArticles).toEqual({ y2017: '21', y2026: '23' });
  });

  it('lists no rule for an instrument nobody cites, and knows what replaced what', () => {
    const order151 = instrumentUsage('MPS-ORDER-151');
    expect(order151?.historical).toBe(true);
    expect(order151?.instrument.replacedBy).toBe('MPS-ORDER-176');
    expect(instrumentUsage('MPS-ORDER-176')?.replaces.map((i) => i.id)).toContain('MPS-ORDER-151');
    expect(instrumentUsage('NO-SUCH-ID')).toBeUndefined();
  });

  it('flags every citation of a historical instrument as historical context', () => {
    const historical = INSTRUMENTS.filter((i) => i.historical);
    expect(historical.length).toBeGreaterThan(0);
    for (const inst of historical) {
      for (const c of instrumentUsage(inst.id)?.citations ?? []) {
        expect(c.historicalContext, `${c.ruleId} cites ${inst.id}`).toBe(true);
        if (inst.replacedBy) expect(c.replacedBy).toBe(inst.replacedBy);
      }
    }
    for (const inst of INSTRUMENTS.filter((i) => !i.historical)) {
      expect(instrumentUsage(inst.id)?.citations.every((c) => !c.historicalContext)).toBe(true);
    }
  });

  it('flags a historical citation in a catalogue built to contain one', () => {
    const base = RULES[0] as Rule;
    const rule: Rule = { ...base, id: 'X-01', legalBasis: [{ instrument: 'MPS-ORDER-151', articles: 'Art. 16', confidence: 'WR' }] };
    const cat: Catalogue = { ...CATALOGUE, rules: [rule] };
    const usage = instrumentUsage('MPS-ORDER-151', cat);
    expect(usage?.citations).toEqual([
      { ruleId: 'X-01', ref: rule.legalBasis[0], historicalContext: true, replacedBy: 'MPS-ORDER-176' },
    ]);
  });

  it('includes conditional citations with their condition', () => {
    const ndrc = instrumentUsage('NDRC-ORDER-27');
    const rm = ndrc?.citations.find((c) => c.ruleId === 'RM-01');
    expect(rm?.when).toEqual({ field: 'customer.sector', op: 'eq', value: 'energy_power' });
  });
});

describe('mitigation and field usage', () => {
  it('lists the rules whose mitigations name a code', () => {
    for (const m of MITIGATIONS) {
      const listed = rulesListingMitigation(m.code);
      for (const id of listed) expect(RULES.find((r) => r.id === id)?.mitigations).toContain(m.code);
      expect(listed.length, m.code).toBe(RULES.filter((r) => r.mitigations.includes(m.code)).length);
    }
    expect(rulesListingMitigation('M-CLEANROOM')).toContain('SC-01');
  });

  it('agrees with the questionnaire’s usedBy for every field', () => {
    for (const field of PROFILE_FIELDS) {
      expect([...rulesReadingField(field.path)].sort(), field.path).toEqual([...field.usedBy].sort());
    }
  });
});
