/** The batch summary: counts per outcome and severity, level range, CSV safety. */
import { describe, expect, it } from 'vitest';
import type { Assessment, Finding } from '../../../shared/engine/assessment';
import { levelRange, summariseAssessment, summaryCsv, summaryTable } from '../../../cli/summary';

function finding(ruleId: string, outcome: Finding['outcome'], severity: Finding['severity']): Finding {
  return { ruleId, ruleVersion: 1, outcome, severity, exposure: [], confidence: 'WR', title: ruleId, legalBasis: [], mitigations: [], trace: [] };
}

const assessment: Assessment = {
  catalogueVersion: 'test',
  engineVersion: 'test',
  mlps: { levelMin: 2, levelMax: 3, stdLevel: 2, t2025Level: 2, floorsApplied: [], floorsPending: [], warnings: [], basis: [], declared: 3 },
  findings: [
    finding('G-01', 'fire', null),
    finding('CT-02', 'fire', 'critical'),
    finding('IN-04', 'fire', 'low'),
    finding('G-02', 'conditional', 'info'),
    finding('MR-03', 'review', 'high'),
    finding('VU-01', 'review', 'medium'),
  ],
  scores: { sourceCode: 12, inspection: 40, byExposure: { 'source-code': 12, certification: 0, inspection: 40, 'data-access': 0, decryption: 0, vulnerability: 0 } },
  sectionsAssessed: ['system'],
  disclaimer: '',
};

describe('summariseAssessment', () => {
  const row = summariseAssessment('acme.yaml', assessment);

  it('counts every listed finding by outcome and severity, derivations apart', () => {
    expect(row.fire).toEqual({ total: 3, derivation: 1, critical: 1, high: 0, medium: 0, low: 1, info: 0 });
    expect(row.conditional).toMatchObject({ total: 1, info: 1 });
    expect(row.review).toMatchObject({ total: 2, high: 1, medium: 1 });
    expect([row.sourceCode, row.inspection]).toEqual([12, 40]);
  });

  it('shows the level range, or N/A without MLPS', () => {
    expect(levelRange(row)).toBe('L2–L3');
    expect(levelRange(summariseAssessment('x', { ...assessment, mlps: null }))).toBe('N/A');
  });

  it('prints a table row with the review count', () => {
    const table = summaryTable([row]);
    expect(table).toMatch(/acme\.yaml\s+L2–L3\s+3 \(1\/0\/0\/1\/0\)\s+1 \(0\/0\/0\/0\/1\)\s+2 \(0\/1\/1\/0\/0\)\s+12\s+40/);
  });

  it('writes CSV with one header and one line per profile, defusing formula-like names', () => {
    const csv = summaryCsv([row, summariseAssessment('=cmd|x,y.yaml', { ...assessment, mlps: null })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^file,level_min,level_max,fire_total,fire_critical,.*,review_derivation,source_code_score,inspection_score$/);
    expect(lines[1]).toMatch(/^acme\.yaml,2,3,3,1,0,0,1,0,1,1,/);
    expect(lines[2]).toMatch(/^"'=cmd\|x,y\.yaml",,,/);
  });
});
