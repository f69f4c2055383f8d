/**
 * The live results panel of the review workspace (props: ResultsPanelProps of features/workspace). It shows, for
 * the current answers: what still needs answers, the MLPS level and its grading trace, the scores with residual
 * values and the exposure × severity heatmap, and the findings (grouped, sorted, filterable) with mitigation
 * tracking, notes and severity overrides, which it saves through `onChange`. Before anything is answered it shows
 * what will appear; when answers do not validate, the errors with links to their questions. The disclaimer closes it.
 */
import './results.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { presentFindings } from '../../../shared/engine/present';
import { SECTION_TITLES } from '../../../shared/profile/fields';
import type { SectionName } from '../../../shared/profile/types';
import { validateProfile } from '../../../shared/profile/validate';
import type { ResultsPanelProps } from '../workspace/workspace-types';
import { FindingsSection } from './findings/FindingsSection';
import { MlpsSection } from './mlps/MlpsSection';
import { NeedsAnswers } from './NeedsAnswers';
import { localText } from './present';
import { ResultsEmpty, ResultsErrors, ResultsFooter } from './ResultsStates';
import { ScoresSection } from './scores/ScoresSection';
import { useResultsView } from './use-results-view';
import { useStableItems } from './use-stable-items';

export function ResultsPanel({ review, assessment, residual, validationErrors, onChange, onShowField }: ResultsPanelProps) {
  const { t, i18n } = useTranslation('results');
  const profile = useMemo(() => {
    const v = validateProfile(review.profile);
    return v.ok ? v.profile : null;
  }, [review.profile]);
  const items = useStableItems(useMemo(() => presentFindings(assessment?.findings ?? [], review.decisions), [assessment, review.decisions]));
  const view = useResultsView(items);
  const hasResults = validationErrors.length === 0 && assessment !== null && assessment.sectionsAssessed.length > 0;

  return (
    <section className="results" aria-labelledby="results-title">
      <header className="results__header">
        <h2 id="results-title">{t('title')}</h2>
        {hasResults ? (
          <p className="muted results__meta">
            {t('meta', {
              sections: assessment.sectionsAssessed.map((s) => localText(SECTION_TITLES[s as SectionName], i18n.language) || s).join(t('list.separator')),
              catalogue: assessment.catalogueVersion,
            })}
          </p>
        ) : null}
      </header>
      {validationErrors.length > 0 ? <ResultsErrors errors={validationErrors} onShowField={onShowField} /> : null}
      {validationErrors.length === 0 && !hasResults ? <ResultsEmpty /> : null}
      {hasResults ? (
        <>
          <NeedsAnswers items={items} onShowField={onShowField} onOpenFinding={view.openFinding} />
          <MlpsSection assessment={assessment} profile={profile} />
          <ScoresSection scores={assessment.scores} residual={residual} items={items} activeCell={view.activeCell} onSelectCell={view.selectCell} />
          <FindingsSection
            items={items}
            decisions={review.decisions}
            profile={profile}
            filter={view.filter}
            openIds={view.openIds}
            onFilterChange={view.setFilter}
            onOpenChange={view.setOpen}
            onChange={onChange}
            onShowField={onShowField}
            onOpenFinding={view.openFinding}
          />
        </>
      ) : null}
      <ResultsFooter />
    </section>
  );
}
