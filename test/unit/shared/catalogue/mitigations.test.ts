// The mitigations catalogue: the 20 codes of brief §18 in order, bilingual texts, and `addresses` that name real
// §17 rules and agree with the mitigation columns of the §17 rule tables.
import { describe, expect, it } from 'vitest';
import { MITIGATIONS, mitigationByCode } from '../../../../shared/catalogue/mitigations';
import type { MitigationCode } from '../../../../shared/catalogue/types';

const BRIEF_CODES = [
  'M-CLEANROOM',
  'M-ESCROW',
  'M-DELTA',
  'M-CN-EDITION',
  'M-LOCAL-PARTNER',
  'M-SM-CERT',
  'M-CONTRACT',
  'M-REMOTE-OFF',
  'M-DATA-MIN',
  'M-NO-CUSTODY',
  'M-LAWFUL-REQ',
  'M-PSIRT-CN',
  'M-CERT-PLAN',
  'M-TESTPACK',
  'M-REVIEWPACK',
  'M-DOSSIER',
  'M-INSPECT-READY',
  'M-MIN-CN-FOOTPRINT',
  'M-EXIT',
  'M-TRAVEL',
];

function range(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
}

/** The 58 rule ids of brief §17. */
const RULE_IDS = new Set([
  ...range('G', 9),
  ...range('SC', 6),
  ...range('CT', 11),
  ...range('MR', 5),
  ...range('IN', 7),
  ...range('DA', 10),
  ...range('DC', 2),
  ...range('VU', 5),
  ...range('RM', 1),
  ...range('TR', 2),
]);

/** Mitigation codes listed in the "Mitigations" column of each §17 rule. */
const RULE_MITIGATIONS: Readonly<Record<string, readonly MitigationCode[]>> = {
  'G-08': ['M-DOSSIER'],
  'G-09': ['M-DOSSIER'],
  'SC-01': ['M-DELTA', 'M-CLEANROOM', 'M-ESCROW', 'M-CONTRACT'],
  'SC-02': ['M-DELTA'],
  'SC-03': ['M-CLEANROOM'],
  'SC-04': ['M-CONTRACT'],
  'SC-05': ['M-CLEANROOM', 'M-CONTRACT', 'M-EXIT'],
  'SC-06': ['M-SM-CERT', 'M-CLEANROOM'],
  'CT-01': ['M-CERT-PLAN'],
  'CT-02': ['M-EXIT'],
  'CT-03': ['M-TESTPACK'],
  'CT-05': ['M-SM-CERT'],
  'CT-07': ['M-SM-CERT'],
  'CT-10': ['M-EXIT'],
  'MR-01': ['M-REVIEWPACK', 'M-CN-EDITION', 'M-CONTRACT', 'M-DATA-MIN'],
  'MR-02': ['M-EXIT'],
  'MR-03': ['M-EXIT'],
  'MR-04': ['M-CONTRACT'],
  'IN-01': ['M-INSPECT-READY'],
  'IN-03': ['M-INSPECT-READY'],
  'IN-04': ['M-DOSSIER', 'M-TESTPACK'],
  'IN-05': ['M-REVIEWPACK', 'M-CLEANROOM'],
  'IN-06': ['M-MIN-CN-FOOTPRINT'],
  'DA-01': ['M-NO-CUSTODY', 'M-LAWFUL-REQ'],
  'DA-02': ['M-NO-CUSTODY', 'M-LAWFUL-REQ'],
  'DA-03': ['M-MIN-CN-FOOTPRINT', 'M-NO-CUSTODY'],
  'DA-04': ['M-NO-CUSTODY'],
  'DA-05': ['M-CN-EDITION', 'M-LOCAL-PARTNER', 'M-DATA-MIN'],
  'DA-06': ['M-LOCAL-PARTNER', 'M-NO-CUSTODY', 'M-REMOTE-OFF'],
  'DA-07': ['M-DATA-MIN'],
  'DA-08': ['M-REMOTE-OFF'],
  'DA-09': ['M-NO-CUSTODY'],
  'DA-10': ['M-DATA-MIN'],
  'VU-01': ['M-PSIRT-CN'],
  'VU-02': ['M-PSIRT-CN'],
  'RM-01': ['M-REMOTE-OFF'],
  'TR-01': ['M-TRAVEL'],
};

describe('MITIGATIONS', () => {
  it('holds the 20 codes of brief §18, each once, in the brief’s order', () => {
    expect(MITIGATIONS.map((m) => m.code)).toEqual(BRIEF_CODES);
  });

  it('has non-empty English and Chinese title, description and limits for every code', () => {
    for (const m of MITIGATIONS) {
      for (const text of [m.title, m.description, m.limits]) {
        expect(text.en.trim(), m.code).not.toBe('');
        expect(text.zh?.trim() ?? '', m.code).not.toBe('');
      }
    }
  });

  it('addresses only rules that exist in §17, each listed once', () => {
    for (const m of MITIGATIONS) {
      expect(m.addresses.length, m.code).toBeGreaterThan(0);
      expect(new Set(m.addresses).size, m.code).toBe(m.addresses.length);
      for (const r of m.addresses) expect(RULE_IDS.has(r), `${m.code} → ${r}`).toBe(true);
    }
  });

  it('agrees with the mitigation column of every §17 rule', () => {
    for (const [rule, codes] of Object.entries(RULE_MITIGATIONS)) {
      for (const code of codes) expect(mitigationByCode(code).addresses, `${code} should address ${rule}`).toContain(rule);
    }
  });

  it('does not claim that a local partner cures the duties it takes over (DC-01, DA-01)', () => {
    expect(mitigationByCode('M-LOCAL-PARTNER').addresses).not.toContain('DC-01');
    expect(mitigationByCode('M-LOCAL-PARTNER').addresses).not.toContain('DA-01');
  });

  it('says what a mitigation cannot achieve where the brief says so', () => {
    expect(mitigationByCode('M-CONTRACT').limits.en).toMatch(/cannot override PRC statutory duties/);
    expect(mitigationByCode('M-ESCROW').limits.en).toMatch(/not a backdoor review/);
    expect(mitigationByCode('M-CN-EDITION').limits.en).toMatch(/CT-02/);
  });

  it('throws for an unknown code', () => {
    expect(() => mitigationByCode('M-NOPE')).toThrow(/M-NOPE/);
  });
});
