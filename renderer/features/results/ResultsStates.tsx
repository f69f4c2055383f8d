/**
 * The panel's non-result states and footer: the designed empty state (nothing answered yet: what will appear and
 * why), the error state (answers that do not validate, each linking to its question) and the disclaimer footer.
 */
import { AlertCircle, ListChecks } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ProfileError } from '../../../shared/profile/validate';
import { EmptyState } from '../../components/EmptyState';
import { fieldLabel, isQuestion } from './present';

export function ResultsEmpty() {
  const { t } = useTranslation('results');
  return (
    <EmptyState level={3} icon={<ListChecks size={28} />} title={t('empty.title')}>
      <p>{t('empty.body')}</p>
      <ol>
        <li>{t('empty.mlps')}</li>
        <li>{t('empty.findings')}</li>
        <li>{t('empty.scores')}</li>
      </ol>
      <p>{t('empty.partial')}</p>
    </EmptyState>
  );
}

export function ResultsErrors({ errors, onShowField }: { errors: readonly ProfileError[]; onShowField: (path: string) => void }) {
  const { t, i18n } = useTranslation('results');
  return (
    <section className="results-section results-errors" aria-labelledby="results-errors-title">
      <h3 id="results-errors-title" className="results-section__title">
        <AlertCircle size={16} aria-hidden="true" /> {t('errors.title', { count: errors.length })}
      </h3>
      <p>{t('errors.body')}</p>
      <ul className="plain-list">
        {errors.map((e) => (
          <li key={`${e.path}-${e.message}`}>
            {isQuestion(e.path) ? (
              <button type="button" className="link-button" onClick={() => onShowField(e.path)}>{fieldLabel(e.path, i18n.language)}</button>
            ) : (
              <code>{e.path || '—'}</code>
            )}
            {': '}
            <span lang="en">{e.message}</span>
            {e.allowed ? <span className="muted"> {t('errors.allowed', { values: e.allowed.join(', ') })}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The fixed disclaimer of every assessment (engine DISCLAIMER), in the UI language. */
export function ResultsFooter() {
  const { t } = useTranslation('results');
  return (
    <footer className="results-footer">
      <p><strong>{t('footer.title')}</strong> {t('footer.disclaimer')}</p>
    </footer>
  );
}
