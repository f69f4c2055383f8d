/**
 * WorkspacePanes: questionnaire and results side by side (each scrolls on its own), or as two tabs on a narrow
 * window. A brand-new review shows a short "start with the Vendor section" hint above the questionnaire.
 */
import { Info } from 'lucide-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review, ReviewChange } from '../../../shared/review/types';
import { Tabs } from '../../components/Tabs';
import { Questionnaire, type QuestionFilter } from '../questionnaire/Questionnaire';
import { ResultsSlot } from './ResultsSlot';
import type { LiveAssessment } from './use-assessment';

export type Pane = 'questions' | 'results';

export interface WorkspacePanesProps {
  readonly review: Review;
  readonly live: LiveAssessment;
  readonly filter: QuestionFilter;
  readonly narrow: boolean;
  readonly pane: Pane;
  readonly onPane: (p: Pane) => void;
  readonly questionsRef: RefObject<HTMLDivElement | null>;
  readonly nothingAnswered: boolean;
  readonly onChange: (change: ReviewChange) => Promise<void>;
  readonly onShowField: (path: string) => void;
}

export function WorkspacePanes({ review, live, filter, narrow, pane, onPane, questionsRef, nothingAnswered, onChange, onShowField }: WorkspacePanesProps) {
  const { t } = useTranslation('workspace');
  const questions = (
    <div className="workspace__pane workspace__pane--questions" ref={questionsRef} role="region" aria-label={t('pane.questions')}>
      {nothingAnswered ? (
        <p className="workspace__hint">
          <Info size={16} aria-hidden="true" />
          {t('hint.start')}
        </p>
      ) : null}
      <Questionnaire review={review} errors={live.validationErrors} filter={filter} onChange={onChange} />
    </div>
  );
  const results = (
    <div className="workspace__pane workspace__pane--results">
      <ResultsSlot
        review={review}
        assessment={live.assessment}
        residual={live.residual}
        validationErrors={live.validationErrors}
        onChange={onChange}
        onShowField={onShowField}
        nothingAnswered={nothingAnswered}
        failure={live.failure}
      />
    </div>
  );
  if (narrow) {
    return (
      <div className="workspace__tabs">
        <Tabs
          label={t('pane.switch')}
          value={pane}
          onValueChange={onPane}
          tabs={[
            { value: 'questions', label: t('pane.questions'), content: questions },
            { value: 'results', label: t('pane.results'), content: results },
          ]}
        />
      </div>
    );
  }
  return (
    <div className="workspace__panes">
      {questions}
      {results}
    </div>
  );
}
