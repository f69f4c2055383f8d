/**
 * Questionnaire: the whole profile questionnaire, generated from PROFILE_FIELDS and FIELD_HELP, group by group.
 * Every answer is one review change (`set-answer` / `clear-answer`), saved and audited at once; including or
 * excluding a group is a `set-section` change per section (excluding one that holds answers asks first).
 * `filter="open"` lists only unanswered and unknown questions; a question answered meanwhile stays listed until the
 * filter changes, so it does not vanish under the keyboard.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_FIELDS } from '../../../shared/profile/fields';
import { SECTION_HELP, sectionHelpKey, type SectionHelpKey } from '../../../shared/profile/help';
import { answerState, GROUPS, groupProgress } from '../../../shared/profile/progress';
import type { FieldDef } from '../../../shared/profile/types';
import type { ProfileError } from '../../../shared/profile/validate';
import { hiddenFields } from '../../../shared/profile/visibility';
import type { Review, ReviewChange } from '../../../shared/review/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { localText } from './field-text';
import { QuestionGroup } from './QuestionGroup';
import { answerCount, isGroupIncluded, sectionsOf } from './sections';

export type QuestionFilter = 'all' | 'open';

export interface QuestionnaireProps {
  readonly review: Review;
  readonly errors: readonly ProfileError[];
  readonly filter: QuestionFilter;
  readonly onChange: (change: ReviewChange) => Promise<void>;
}

const FIELDS_BY_GROUP = new Map<SectionHelpKey, FieldDef[]>(GROUPS.map((g) => [g, PROFILE_FIELDS.filter((d) => sectionHelpKey(d.section) === g)]));

export function Questionnaire({ review, errors, filter, onChange }: QuestionnaireProps) {
  const { t, i18n } = useTranslation('workspace');
  const answers = review.profile;
  const hidden = useMemo(() => hiddenFields(answers), [answers]);
  const errorMap = useMemo(() => new Map(errors.map((e) => [e.path, e.message])), [errors]);
  const [confirm, setConfirm] = useState<SectionHelpKey | null>(null);
  const sticky = useRef<{ filter: QuestionFilter; paths: Set<string> }>({ filter, paths: new Set() });
  if (sticky.current.filter !== filter) sticky.current = { filter, paths: new Set() };

  const shows = (def: FieldDef): boolean => {
    if (filter === 'all') return true;
    if (def.derived || hidden.has(def.path)) return false;
    if (answerState(answers[def.section]?.[def.key]) !== 'answered') sticky.current.paths.add(def.path);
    return sticky.current.paths.has(def.path);
  };
  const onAnswer = useCallback((path: string, value: unknown) => void onChange({ type: 'set-answer', field: path, value }), [onChange]);
  const onClear = useCallback((path: string) => void onChange({ type: 'clear-answer', field: path }), [onChange]);
  const setIncluded = (group: SectionHelpKey, included: boolean) => {
    void (async () => {
      for (const section of sectionsOf(group)) {
        if ((section in answers) !== included) await onChange({ type: 'set-section', section, included });
      }
    })();
  };
  const onInclude = (group: SectionHelpKey, included: boolean) => {
    if (!included && answerCount(group, answers) > 0) setConfirm(group);
    else setIncluded(group, included);
  };

  return (
    <div className="questionnaire">
      {GROUPS.map((g) => (
        <QuestionGroup
          key={g}
          group={g}
          fields={FIELDS_BY_GROUP.get(g) ?? []}
          answers={answers}
          included={isGroupIncluded(g, answers)}
          progress={groupProgress(g, answers)}
          hidden={hidden}
          errors={errorMap}
          shows={shows}
          onAnswer={onAnswer}
          onClear={onClear}
          onInclude={onInclude}
        />
      ))}
      <ConfirmDialog
        open={confirm !== null}
        onOpenChange={(o) => (o ? null : setConfirm(null))}
        title={t('group.excludeTitle', { group: confirm ? localText(SECTION_HELP[confirm].title, i18n.language) : '' })}
        description={t('group.excludeBody', { count: confirm ? answerCount(confirm, answers) : 0 })}
        confirmLabel={t('group.excludeConfirm')}
        cancelLabel={t('common:action.cancel')}
        tone="danger"
        onConfirm={() => {
          if (confirm) setIncluded(confirm, false);
          setConfirm(null);
        }}
      />
    </div>
  );
}
