// Presentation helpers: reading order (critical first, override applied), grouping, heatmap counts that match the
// filtered list, filters, and what a REVIEW finding waits for. Run on the AC-01 worked case.
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../../shared/catalogue/types';
import {
  OUTCOMES,
  SCORED_KINDS,
  SEVERITIES_DESC,
  dependencyRuleIds,
  openQuestionNotes,
  exposureHeatmap,
  groupByKind,
  implementedMitigations,
  matchesFilter,
  NO_FILTER,
  presentFindings,
  severityRank,
  severityStepFields,
  unknownAnswerFields,
} from '../../../../shared/engine/present';
import { computeResidualScores } from '../../../../shared/engine/scores';
import type { FindingDecision } from '../../../../shared/review/types';
import { assessRaw, loadFixture } from '../cases/support';

const ac01 = assessRaw(loadFixture('ac-01.yaml'));
const override = (severity: Severity): FindingDecision => ({
  severityOverride: { severity, justification: 'Customer confirmed scope', at: '2026-01-01T00:00:00Z', by: 'Ann' },
});

describe('presentFindings', () => {
  it('lists every finding, worst effective severity first, fire before conditional before review', () => {
    const items = presentFindings(ac01.findings, {});
    expect(items).toHaveLength(ac01.findings.length);
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      if (!a || !b) continue;
      expect(severityRank(a.severity)).toBeGreaterThanOrEqual(severityRank(b.severity));
      if (a.severity === b.severity) expect(OUTCOMES.indexOf(a.finding.outcome)).toBeLessThanOrEqual(OUTCOMES.indexOf(b.finding.outcome));
    }
    expect(items[0]?.severity).toBe('critical');
  });

  it('applies an override to the order and keeps the engine severity', () => {
    const items = presentFindings(ac01.findings, { 'VU-05': override('critical') });
    const vu05 = items.find((i) => i.finding.ruleId === 'VU-05');
    expect(vu05?.severity).toBe('critical');
    expect(vu05?.finding.severity).toBe('low');
    expect(vu05?.override?.justification).toBe('Customer confirmed scope');
    expect(items.findIndex((i) => i.finding.ruleId === 'VU-05')).toBeLessThan(items.findIndex((i) => i.finding.ruleId === 'CT-01'));
  });
});

describe('groupByKind', () => {
  it('puts each finding in exactly one group, by its first non-derivation kind', () => {
    const groups = groupByKind(presentFindings(ac01.findings, {}));
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(ac01.findings.length);
    const g02 = groups.find((g) => g.items.some((i) => i.finding.ruleId === 'G-02'));
    expect(g02?.kind).toBe('inspection');
    expect(groups.at(-1)?.kind).toBe('derivation');
  });
});

describe('exposureHeatmap', () => {
  it('counts equal the findings a kind × severity filter shows', () => {
    const items = presentFindings(ac01.findings, { 'IN-07': override('high') });
    const map = exposureHeatmap(items);
    for (const kind of SCORED_KINDS) {
      for (const s of SEVERITIES_DESC) {
        const shown = items.filter((i) => matchesFilter(i, { ...NO_FILTER, kinds: [kind], severities: [s] }));
        expect(map[kind][s].count, `${kind} × ${s}`).toBe(shown.length);
        expect(map[kind][s].review).toBe(shown.filter((i) => i.finding.outcome === 'review').length);
      }
    }
    expect(map.inspection.high.overridden).toBe(1);
    expect(map.certification.high.review).toBe(1);
    expect(map['source-code'].high.review).toBe(1);
  });
});

describe('filters and open questions', () => {
  it('matches text in ids and titles, case-insensitively', () => {
    const items = presentFindings(ac01.findings, {});
    expect(items.filter((i) => matchesFilter(i, { ...NO_FILTER, text: 'sc-05' })).map((i) => i.finding.ruleId)).toEqual(['SC-05']);
    expect(items.filter((i) => matchesFilter(i, { ...NO_FILTER, outcomes: ['review'] })).every((i) => i.finding.outcome === 'review')).toBe(true);
  });

  it('names the unknown answers and open rules a finding waits for', () => {
    const f = { ...ac01.findings[0]!, trace: [
      { field: 'customer.cii_status', value: 'unknown', test: 'is known', result: 'unknown' as const },
      { field: 'rule:MR-01', value: 'review', test: 'in {fire}', result: 'unknown' as const },
      { field: 'product.category', value: 'waf', test: 'eq waf', result: true as const },
    ] };
    expect(unknownAnswerFields(f)).toEqual(['customer.cii_status']);
    expect(dependencyRuleIds(f)).toEqual(['MR-01']);
    const mr03 = ac01.findings.find((x) => x.ruleId === 'MR-03');
    expect(mr03?.outcome).toBe('review');
    expect(unknownAnswerFields(mr03!)).toContain('vendor.named_in_reported_restriction');
    expect(openQuestionNotes(mr03!)[0]).toMatch(/reported directive/);
  });

  it('finds the fields a severity step reads', () => {
    expect(severityStepFields('MR-02', 'critical')).toEqual(['vendor.review_status']);
    expect(severityStepFields('MR-02', 'high')).toEqual([]);
  });

  it('feeds residual scores from implemented mitigations only', () => {
    const decisions: Record<string, FindingDecision> = {
      'DA-08': { mitigations: { 'M-REMOTE-OFF': { status: 'implemented', at: 'x', by: 'y' } } },
      'RM-01': { mitigations: { 'M-REMOTE-OFF': { status: 'agreed', at: 'x', by: 'y' } } },
    };
    const is = implementedMitigations(decisions);
    expect(is('DA-08', 'M-REMOTE-OFF')).toBe(true);
    expect(is('RM-01', 'M-REMOTE-OFF')).toBe(false);
    expect(computeResidualScores(ac01.findings, is).byExposure['data-access']).toBeLessThan(ac01.scores.byExposure['data-access']);
  });
});
