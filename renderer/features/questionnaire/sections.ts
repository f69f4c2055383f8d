/** Which profile sections make up each questionnaire group, and whether a group is included in the assessment. */
import { SECTIONS } from '../../../shared/profile/fields';
import { sectionHelpKey, type SectionHelpKey } from '../../../shared/profile/help';
import type { SectionName } from '../../../shared/profile/types';
import type { ProfileAnswers } from '../../../shared/review/types';

/** The profile sections asked in a group (customer and system are asked together). */
export function sectionsOf(group: SectionHelpKey): readonly SectionName[] {
  return SECTIONS.filter((s) => sectionHelpKey(s) === group);
}

/** A group is included when any of its sections is present in the profile. */
export function isGroupIncluded(group: SectionHelpKey, answers: ProfileAnswers): boolean {
  return sectionsOf(group).some((s) => s in answers);
}

/** Sections a new review starts with: everything but Travel (switched on when staff carry devices into China). */
export const DEFAULT_SECTIONS: readonly SectionName[] = ['vendor', 'product', 'customer', 'system', 'data', 'ops'];

/** How many answers the group's sections hold (what excluding it would remove). */
export function answerCount(group: SectionHelpKey, answers: ProfileAnswers): number {
  return sectionsOf(group).reduce((n, s) => n + Object.keys(answers[s] ?? {}).length, 0);
}
