/**
 * ReviewWorkspace: the review route's two panes, the questionnaire (left) and the live results (right), under a
 * compact bar with progress, the open-questions filter and "Next unanswered" (Ctrl/Cmd+J). Narrow windows switch
 * panes with tabs. Every change goes through the store to the reviews repository (saved and audited at once); the
 * assessment recomputes from the saved review, and the `answer-to-findings` measure closes once it has rendered.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isGroupIncluded } from '../questionnaire/sections';
import { GROUPS, profileProgress } from '../../../shared/profile/progress';
import type { Review, ReviewChange } from '../../../shared/review/types';
import { useShortcut } from '../../app/use-shortcut';
import { useAppStore } from '../../store/store-context';
import type { QuestionFilter } from '../questionnaire/Questionnaire';
import { markAnswerChange, measureAnswerToFindings } from './perf';
import { focusNextUnanswered } from './question-focus';
import { useAssessment } from './use-assessment';
import { useNarrow } from './use-narrow';
import { useShowField } from './use-show-field';
import { useWorkspaceSetup } from './use-workspace-setup';
import { WorkspaceHeader } from './WorkspaceHeader';
import { WorkspacePanes, type Pane } from './WorkspacePanes';
import './workspace.css';

const ANSWER_CHANGES = new Set<ReviewChange['type']>(['set-answer', 'clear-answer', 'set-section']);
const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function ReviewWorkspace({ review }: { review: Review }) {
  const { t } = useTranslation('workspace');
  const changeReview = useAppStore((s) => s.changeReview);
  const live = useAssessment(review);
  const [filter, setFilter] = useState<QuestionFilter>('all');
  const [pane, setPane] = useState<Pane>('questions');
  const [status, setStatus] = useState('');
  const narrow = useNarrow();
  const questionsRef = useRef<HTMLDivElement>(null);
  const id = review.id;

  const onChange = useCallback(
    async (change: ReviewChange) => {
      if (ANSWER_CHANGES.has(change.type)) markAnswerChange();
      await changeReview(id, change);
    },
    [changeReview, id],
  );
  useWorkspaceSetup(review, live.assessment?.catalogueVersion ?? null, onChange);
  useEffect(() => measureAnswerToFindings(), [live.assessment, live.validationErrors]);

  const progress = useMemo(() => profileProgress(review.profile, GROUPS.filter((g) => isGroupIncluded(g, review.profile))), [review.profile]);
  const reveal = useCallback(() => {
    setFilter('all');
    setPane('questions');
  }, []);
  const onShowField = useShowField(review.profile, reveal);
  const onNext = () => {
    setPane('questions');
    const root = questionsRef.current;
    const found = root ? focusNextUnanswered(root) : null;
    setStatus(found ? '' : t('next.none'));
  };
  useShortcut({ key: 'j', mod: true }, onNext);

  return (
    <section className="workspace" aria-label={t('label')} data-review-id={review.id}>
      <WorkspaceHeader progress={progress.total} filter={filter} onFilter={setFilter} onNext={onNext} shortcut={IS_MAC ? 'Cmd+J' : 'Ctrl+J'} />
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <WorkspacePanes
        review={review}
        live={live}
        filter={filter}
        narrow={narrow}
        pane={pane}
        onPane={setPane}
        questionsRef={questionsRef}
        nothingAnswered={progress.total.answered + progress.total.unknown === 0}
        onChange={onChange}
        onShowField={onShowField}
      />
    </section>
  );
}
