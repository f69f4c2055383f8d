/**
 * Inline list of questions, each a link-styled button that asks the workspace to reveal it (`onShowField`).
 * Derived facts (`mlps.*`) are shown as plain text: they are computed, not asked.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, isQuestion } from './present';

export function FieldLinks({ paths, onShowField }: { paths: readonly string[]; onShowField: (path: string) => void }) {
  const { t, i18n } = useTranslation('results');
  return (
    <span className="field-links">
      {paths.map((p, i) => (
        <Fragment key={p}>
          {i > 0 ? t('list.separator') : null}
          {isQuestion(p) ? (
            <button type="button" className="link-button" onClick={() => onShowField(p)} title={t('why.showQuestion')}>
              {fieldLabel(p, i18n.language)}
            </button>
          ) : (
            <span>{fieldLabel(p, i18n.language)}</span>
          )}
        </Fragment>
      ))}
    </span>
  );
}
