/**
 * The four worked cases of cases.md, asserted exactly: MLPS levels and floors, the under-grading warning, every
 * FIRE (conditional where stated) with its severity, every REVIEW, and no other finding (every other rule is NO).
 */
import { describe, expect, it } from 'vitest';
import type { Assessment, FloorApplied } from '../../../../shared/engine/assessment';
import { assessRaw, findingOf, loadFixture } from './support';
import { RULES } from '../../../../shared/catalogue';
import { BRIEF_RULE_IDS, WORKED_CASES, type ExpectedFloor, type ExpectedSeverity } from './worked-cases.data';

function matchesFloor(floor: FloorApplied, expected: ExpectedFloor): boolean {
  return expected.ids.includes(floor.id) && floor.level === expected.level && floor.conditional === expected.conditional;
}

function severityMatches(actual: unknown, expected: ExpectedSeverity): boolean {
  if (expected === null || typeof expected === 'string') return actual === expected;
  return expected.some((s) => s === actual);
}

describe.each(WORKED_CASES)('worked case $id', (c) => {
  const assessment: Assessment = assessRaw(loadFixture(c.fixture));

  it('estimates the MLPS levels exactly', () => {
    expect(assessment.mlps).not.toBeNull();
    const { levelMin, levelMax, stdLevel, t2025Level } = assessment.mlps ?? {};
    expect({ levelMin, levelMax, stdLevel, t2025Level }).toEqual(c.mlps);
  });

  it('applies the floors the case names (and flags conditional ones)', () => {
    const applied = assessment.mlps?.floorsApplied ?? [];
    for (const expected of c.floors) {
      expect(applied.some((f) => matchesFloor(f, expected)), `floor ${expected.ids.join('/')} (${expected.level}${expected.conditional ? ', conditional' : ''}) in ${JSON.stringify(applied)}`).toBe(true);
    }
    if (c.exactFloors) expect(applied).toHaveLength(c.floors.length);
    const pending = assessment.mlps?.floorsPending ?? [];
    for (const expected of c.pendingFloors) {
      expect(pending.some((f) => expected.ids.includes(f.id) && f.level === expected.level), `pending floor ${expected.ids.join('/')} (${expected.level}) in ${JSON.stringify(pending)}`).toBe(true);
      expect(applied.some((f) => expected.ids.includes(f.id) && f.level === expected.level), 'a pending floor is not applied').toBe(false);
    }
  });

  it(c.underGradingWarning ? 'warns of possible under-grading' : 'gives no under-grading warning', () => {
    const codes = (assessment.mlps?.warnings ?? []).map((w) => w.code);
    expect(codes.includes('under-grading')).toBe(c.underGradingWarning);
  });

  it.each(c.findings)('$ruleId is $outcome', (expected) => {
    const finding = findingOf(assessment, expected.ruleId);
    expect(finding, `${expected.ruleId} missing`).toBeDefined();
    expect(finding?.outcome).toBe(expected.outcome);
    expect(severityMatches(finding?.severity, expected.severity), `${expected.ruleId} severity ${String(finding?.severity)}, expected ${JSON.stringify(expected.severity)}`).toBe(true);
    if (expected.conditionalOn) expect(finding?.conditionalOn ?? []).toEqual(expect.arrayContaining([...expected.conditionalOn]));
  });

  it('lists no other rule (every other rule is NO)', () => {
    const expected = c.findings.map((f) => f.ruleId).sort();
    const actual = assessment.findings.map((f) => f.ruleId).sort();
    expect(actual).toEqual(expected);
  });
});

describe('the catalogue the cases run on', () => {
  it('holds every rule of brief §17, so "absent" means the rule was evaluated and gave NO', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([...BRIEF_RULE_IDS]));
  });
});
