/**
 * The expectations of the four worked cases of cases.md (AC-01, AC-02, AC-07, AC-12), transcribed table by table.
 * Profiles live in test/fixtures/profiles/<id>.yaml, copied verbatim from cases.md.
 */
import type { Outcome } from '../../../../shared/engine/assessment';
import type { FloorId } from '../../../../shared/engine/assessment';
import type { Severity } from '../../../../shared/catalogue/types';

/**
 * Expected severity: a value, `null` for derivation rules ("–" in the tables), or a set of accepted values where the
 * case uses a step the severity scale does not have ("medium-high" for VU-02 → medium or high).
 */
export type ExpectedSeverity = Severity | null | readonly Severity[];

export interface ExpectedFinding {
  readonly ruleId: string;
  readonly outcome: Exclude<Outcome, 'no'>;
  readonly severity: ExpectedSeverity;
  /** For conditional findings: `likely` answers the case names as the reason. */
  readonly conditionalOn?: readonly string[];
}

export interface ExpectedFloor {
  /** Accepted ids: the data floor may be reported as F-DATA or as its split form. */
  readonly ids: readonly FloorId[];
  readonly level: number;
  readonly conditional: boolean;
}

export interface WorkedCase {
  readonly id: string;
  readonly fixture: string;
  readonly mlps: { readonly levelMin: number; readonly levelMax: number; readonly stdLevel: number; readonly t2025Level: number };
  /** Floors that must be applied. `exactFloors` means no other floor may be applied. */
  readonly floors: readonly ExpectedFloor[];
  readonly exactFloors: boolean;
  /** Floors the case says are shown as pending (not counted in the levels). */
  readonly pendingFloors: readonly ExpectedFloor[];
  readonly underGradingWarning: boolean;
  /** Every FIRE and REVIEW of the case; every other rule must be absent (NO). */
  readonly findings: readonly ExpectedFinding[];
}

const MEDIUM_HIGH: readonly Severity[] = ['medium', 'high'];
const fire = (ruleId: string, severity: ExpectedSeverity): ExpectedFinding => ({ ruleId, outcome: 'fire', severity });
const review = (ruleId: string, severity: ExpectedSeverity): ExpectedFinding => ({ ruleId, outcome: 'review', severity });
const conditional = (ruleId: string, severity: ExpectedSeverity, conditionalOn: readonly string[]): ExpectedFinding => ({
  ruleId,
  outcome: 'conditional',
  severity,
  conditionalOn,
});

const DATA_IMPORTANT: readonly FloorId[] = ['F-DATA', 'F-DATA-IMPORTANT'];
const DATA_CORE: readonly FloorId[] = ['F-DATA', 'F-DATA-CORE'];

export const WORKED_CASES: readonly WorkedCase[] = [
  {
    id: 'AC-01',
    fixture: 'ac-01.yaml',
    mlps: { levelMin: 4, levelMax: 4, stdLevel: 4, t2025Level: 4 },
    floors: [
      { ids: ['F-CII'], level: 3, conditional: false },
      { ids: DATA_IMPORTANT, level: 3, conditional: true },
    ],
    exactFloors: false,
    pendingFloors: [{ ids: DATA_CORE, level: 4, conditional: false }],
    underGradingWarning: false,
    findings: [
      fire('G-01', null),
      conditional('G-02', 'info', ['data.important_data']),
      fire('G-03', null),
      conditional('G-04', null, ['data.important_data']),
      fire('G-08', 'medium'),
      fire('G-09', 'medium'),
      fire('CT-01', 'high'),
      fire('CT-02', 'critical'),
      fire('CT-03', 'high'),
      fire('CT-05', 'high'),
      fire('CT-07', 'high'),
      fire('MR-01', 'high'),
      fire('MR-02', 'high'),
      fire('MR-04', 'medium'),
      fire('IN-01', 'high'),
      fire('IN-03', 'high'),
      fire('IN-04', 'medium'),
      fire('IN-05', 'high'),
      fire('IN-06', 'medium'),
      fire('IN-07', 'low'),
      fire('DA-01', 'medium'),
      fire('DA-02', 'medium'),
      fire('DA-03', 'high'),
      fire('DA-05', 'high'),
      fire('DA-07', 'high'),
      fire('DA-08', 'critical'),
      fire('DA-09', 'medium'),
      fire('VU-01', 'medium'),
      fire('VU-02', MEDIUM_HIGH),
      fire('VU-03', 'medium'),
      fire('VU-04', 'medium'),
      fire('VU-05', 'low'),
      fire('RM-01', 'high'),
      review('SC-05', 'high'),
      review('CT-06', 'medium'),
      review('MR-03', 'high'),
    ],
  },
  {
    id: 'AC-02',
    fixture: 'ac-02.yaml',
    mlps: { levelMin: 2, levelMax: 2, stdLevel: 2, t2025Level: 2 },
    floors: [],
    exactFloors: true,
    pendingFloors: [],
    underGradingWarning: false,
    findings: [
      fire('G-01', null),
      fire('G-08', 'low'),
      fire('G-09', 'low'),
      fire('CT-07', 'low'),
      fire('IN-04', 'low'),
      fire('DA-06', 'high'),
      fire('DA-07', 'low'),
      fire('DC-02', 'low'),
      fire('VU-03', 'low'),
      review('VU-01', 'medium'),
    ],
  },
  {
    id: 'AC-07',
    fixture: 'ac-07.yaml',
    mlps: { levelMin: 2, levelMax: 2, stdLevel: 2, t2025Level: 2 },
    floors: [],
    exactFloors: true,
    pendingFloors: [],
    underGradingWarning: false,
    findings: [
      fire('G-01', null),
      fire('G-08', 'low'),
      fire('G-09', 'low'),
      fire('CT-07', 'medium'),
      fire('IN-04', 'low'),
      fire('IN-06', 'medium'),
      fire('IN-07', 'low'),
      fire('DA-03', 'medium'),
      fire('DA-07', 'medium'),
      fire('VU-01', 'medium'),
      fire('VU-03', 'low'),
      fire('RM-01', 'medium'),
      review('SC-06', 'medium'),
      review('CT-01', 'high'),
      review('CT-05', 'high'),
      review('CT-06', 'medium'),
      review('MR-05', 'medium'),
      review('VU-02', MEDIUM_HIGH),
    ],
  },
  {
    id: 'AC-12',
    fixture: 'ac-12.yaml',
    mlps: { levelMin: 1, levelMax: 1, stdLevel: 1, t2025Level: 1 },
    floors: [],
    exactFloors: true,
    pendingFloors: [],
    underGradingWarning: false,
    findings: [fire('G-01', null), fire('VU-01', 'low'), fire('VU-03', 'low')],
  },
];

/** The 58 rule ids of brief §17. */
export const BRIEF_RULE_IDS: readonly string[] = [
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
];

function range(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
}
