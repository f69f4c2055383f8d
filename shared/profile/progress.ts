/**
 * Questionnaire progress (pure): per questionnaire group, how many visible questions are answered, answered
 * `unknown`, or not answered yet. Derived fields (computed from other answers) are not counted.
 */
import type { ProfileAnswers } from '../review/types';
import { PROFILE_FIELDS } from './fields';
import { sectionHelpKey, type SectionHelpKey } from './help';
import type { FieldDef } from './types';
import { UNKNOWN } from './types';
import { answerAt, isFieldVisible } from './visibility';

export type AnswerState = 'answered' | 'unknown' | 'unanswered';

export interface GroupProgress {
  readonly group: SectionHelpKey;
  /** Visible, non-derived questions. */
  readonly total: number;
  /** Answered with a real value (not `unknown`). */
  readonly answered: number;
  /** Answered `unknown`. */
  readonly unknown: number;
  readonly unanswered: number;
}

/** The questionnaire groups, in order. */
export const GROUPS: readonly SectionHelpKey[] = ['vendor', 'product', 'customer_system', 'data', 'ops', 'travel'];

/** The state of one answer: absent → unanswered, `'unknown'` → unknown, anything else → answered. */
export function answerState(value: unknown): AnswerState {
  if (value === undefined || value === null) return 'unanswered';
  return value === UNKNOWN ? 'unknown' : 'answered';
}

/** The questions of a group that count towards progress with these answers. */
export function countedFields(group: SectionHelpKey, answers: ProfileAnswers): readonly FieldDef[] {
  return PROFILE_FIELDS.filter((d) => sectionHelpKey(d.section) === group && !d.derived && isFieldVisible(d.path, answers));
}

/** Progress of one group. */
export function groupProgress(group: SectionHelpKey, answers: ProfileAnswers): GroupProgress {
  const counts = { answered: 0, unknown: 0, unanswered: 0 };
  const fields = countedFields(group, answers);
  for (const d of fields) counts[answerState(answerAt(answers, d.path))] += 1;
  return { group, total: fields.length, ...counts };
}

/** Progress of the given groups (default: all), and their sum. */
export function profileProgress(answers: ProfileAnswers, groups: readonly SectionHelpKey[] = GROUPS): { groups: GroupProgress[]; total: Omit<GroupProgress, 'group'> } {
  const list = groups.map((g) => groupProgress(g, answers));
  const sum = (k: 'total' | 'answered' | 'unknown' | 'unanswered') => list.reduce((n, g) => n + g[k], 0);
  return { groups: list, total: { total: sum('total'), answered: sum('answered'), unknown: sum('unknown'), unanswered: sum('unanswered') } };
}
