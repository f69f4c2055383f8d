/**
 * "Needs answers": every REVIEW finding at the top of the panel (invariant I-11: an open question is never hidden
 * or read as "no exposure"), each with what it waits for: the unknown questions (links to the questionnaire), the
 * rule's open question, an uncertain legal basis for counsel, or another open rule. Conditional findings add the
 * `likely` answers whose confirmation settles them.
 */
import { CircleHelp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { dependencyRuleIds, openQuestionNotes, unknownAnswerFields } from '../../../shared/engine/present';
import type { PresentedFinding } from '../../../shared/engine/present';
import { FieldLinks } from './FieldLinks';
import { findingDomId } from './present';

export interface NeedsAnswersProps {
  readonly items: readonly PresentedFinding[];
  readonly onShowField: (path: string) => void;
  readonly onOpenFinding: (ruleId: string) => void;
}

export function NeedsAnswers({ items, onShowField, onOpenFinding }: NeedsAnswersProps) {
  const { t } = useTranslation('results');
  const review = items.filter((i) => i.finding.outcome === 'review');
  const likely = [...new Set(items.flatMap((i) => (i.finding.outcome === 'conditional' ? (i.finding.conditionalOn ?? []) : [])))];
  if (review.length === 0 && likely.length === 0) return null;
  const openLink = (id: string) => (
    <a href={`#${findingDomId(id)}`} onClick={(e) => { e.preventDefault(); onOpenFinding(id); }}>{id}</a>
  );
  return (
    <section className="results-section needs-answers" aria-labelledby="results-needs-title">
      <h3 id="results-needs-title" className="results-section__title">
        <CircleHelp size={16} aria-hidden="true" /> {t('needs.title')} <span className="results-section__count">{review.length}</span>
      </h3>
      {review.length > 0 ? <p className="muted">{t('needs.intro')}</p> : null}
      <ul className="needs-answers__list">
        {review.map(({ finding: f }) => {
          const unknown = unknownAnswerFields(f);
          const deps = dependencyRuleIds(f);
          return (
            <li key={f.ruleId} className="needs-answers__item">
              <span className="needs-answers__rule">{openLink(f.ruleId)} {f.title}</span>
              <span className="needs-answers__what">
                {unknown.length > 0 ? <span>{t('needs.answer')} <FieldLinks paths={unknown} onShowField={onShowField} /></span> : null}
                {openQuestionNotes(f).map((q) => <span key={q} lang="en">{q}</span>)}
                {f.reviewReasons?.includes('uncertain-basis') ? <span>{t('needs.counsel')}</span> : null}
                {deps.length > 0 ? <span>{t('needs.dependsOn')} {deps.map((id, i) => <span key={id}>{i > 0 ? ', ' : ''}{openLink(id)}</span>)}</span> : null}
              </span>
            </li>
          );
        })}
      </ul>
      {likely.length > 0 ? (
        <p className="needs-answers__likely">
          {t('needs.confirmLikely')} <FieldLinks paths={likely} onShowField={onShowField} />
        </p>
      ) : null}
    </section>
  );
}
