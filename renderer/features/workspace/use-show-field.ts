/**
 * useShowField: `onShowField(path)` for the results panel's "why" links. Reveals the question (clears the filter,
 * switches the narrow layout to the questionnaire), then scrolls to and focuses it after the next render. A hidden
 * question leads to the answer that hides it; an excluded group to its "include" switch.
 */
import { useCallback, useEffect, useState } from 'react';
import { fieldByPath } from '../../../shared/profile/fields';
import { sectionHelpKey } from '../../../shared/profile/help';
import { hiddenReason, VISIBILITY_RULES } from '../../../shared/profile/visibility';
import type { ProfileAnswers } from '../../../shared/review/types';
import { isGroupIncluded } from '../questionnaire/sections';
import { focusQuestion } from './question-focus';

export function useShowField(answers: ProfileAnswers, reveal: () => void): (path: string) => void {
  const [pending, setPending] = useState<{ path: string } | null>(null);
  useEffect(() => {
    if (!pending) return;
    const def = fieldByPath(pending.path);
    if (!def) return;
    if (!isGroupIncluded(sectionHelpKey(def.section), answers)) {
      document.querySelector<HTMLElement>(`[data-group="${sectionHelpKey(def.section)}"] [role="switch"]`)?.focus();
      return;
    }
    if (focusQuestion(pending.path)) return;
    const reason = hiddenReason(pending.path, answers);
    const trigger = VISIBILITY_RULES.find((r) => r.reason === reason)?.dependsOn[0];
    if (trigger) focusQuestion(trigger);
  }, [pending, answers]);
  return useCallback(
    (path: string) => {
      reveal();
      setPending({ path });
    },
    [reveal],
  );
}
