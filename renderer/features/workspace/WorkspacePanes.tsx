/**
 * WorkspacePanes: questionnaire and results side by side (each scrolls on its own), or as tabs on a narrow window.
 * The review's evidence (features/evidence) sits beside the results: a "Results | Evidence (n)" tab pair in the
 * right-hand pane, or a third tab on a narrow window. A brand-new review shows a short "start with the Vendor
 * section" hint above the questionnaire.
 */
import { Info } from 'lucide-react';
import { useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review, ReviewChange } from '../../../shared/review/types';
import { Tabs } from '../../components/Tabs';
import type { LinkableFinding } from '../evidence/EvidenceEditDialog';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { useEvidence } from '../evidence/use-evidence';
import { Questionnaire, type QuestionFilter } from '../questionnaire/Questionnaire';
import { ResultsSlot } from './ResultsSlot';
import type { LiveAssessment } from './use-assessment';

export type Pane = 'questions' | 'results' | 'evidence';
type SidePane = Exclude<Pane, 'questions'>;

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
  const { t, i18n } = useTranslation('workspace');
  const evidence = useEvidence(review);
  // Which of results / evidence the right-hand pane shows on a wide window.
  const [side, setSide] = useState<SidePane>('results');
  const zh = i18n.language.toLowerCase().startsWith('zh');
  const findings = useMemo<readonly LinkableFinding[]>(
    () => (live.assessment?.findings ?? []).map((f) => ({ ruleId: f.ruleId, title: zh && f.titleZh ? f.titleZh : f.title })),
    [live.assessment, zh],
  );
  const evidenceLabel = evidence.items.length > 0 ? t('evidence:tabCount', { count: evidence.items.length }) : t('evidence:tab');

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
  const resultsSlot = (
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
  );
  const evidencePanel = <EvidencePanel evidence={evidence} findings={findings} />;

  if (narrow) {
    return (
      <div className="workspace__tabs">
        <Tabs
          label={t('pane.switch')}
          value={pane}
          onValueChange={onPane}
          tabs={[
            { value: 'questions', label: t('pane.questions'), content: questions },
            { value: 'results', label: t('pane.results'), content: <div className="workspace__pane workspace__pane--results">{resultsSlot}</div> },
            { value: 'evidence', label: evidenceLabel, content: <div className="workspace__pane workspace__pane--evidence">{evidencePanel}</div> },
          ]}
        />
      </div>
    );
  }
  return (
    <div className="workspace__panes">
      {questions}
      <div className="workspace__pane workspace__pane--results">
        <Tabs
          label={t('evidence:sideTabs')}
          value={side}
          onValueChange={setSide}
          tabs={[
            { value: 'results', label: t('pane.results'), content: resultsSlot },
            { value: 'evidence', label: evidenceLabel, content: evidencePanel },
          ]}
        />
      </div>
    </div>
  );
}
