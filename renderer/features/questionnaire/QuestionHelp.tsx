/**
 * QuestionHelp: the expandable plain-language help of a question (Radix Collapsible) with what it affects: the
 * rules that read the answer and the laws they cite, each linking into the catalogue browser.
 */
import { ChevronDown, CircleHelp } from 'lucide-react';
import { Collapsible } from 'radix-ui';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldHelp } from '../../../shared/profile/help';
import type { FieldDef } from '../../../shared/profile/types';
import { affectsOf, instrumentHref, ruleHref } from './affects';
import { localText } from './field-text';

/** Memoised: its props are stable, so it does not re-render with its question. */
export const QuestionHelp = memo(function QuestionHelp({ def, id }: { def: FieldDef; id: string }) {
  const { t, i18n } = useTranslation('workspace');
  const lang = i18n.language;
  const { rules, instruments } = affectsOf(def);
  return (
    <Collapsible.Root className="q-help">
      <Collapsible.Trigger className="q-help__toggle">
        <CircleHelp size={14} aria-hidden="true" />
        {t('question.help')}
        <ChevronDown size={14} aria-hidden="true" className="q-help__chevron" />
      </Collapsible.Trigger>
      <Collapsible.Content id={id} className="q-help__body">
        <p>{localText(fieldHelp(def.path)?.help, lang)}</p>
        {rules.length > 0 ? (
          <p className="q-help__affects">
            <span className="q-help__affects-label">{t('question.affectsRules')}</span>{' '}
            {rules.map((r, i) => (
              <span key={r.id}>
                {i > 0 ? ', ' : null}
                <a href={ruleHref(r.id)} title={localText(r.title, lang)}>
                  {r.id}
                </a>
              </span>
            ))}
          </p>
        ) : (
          <p className="q-help__affects">{t('question.affectsNothing')}</p>
        )}
        {instruments.length > 0 ? (
          <p className="q-help__affects">
            <span className="q-help__affects-label">{t('question.affectsLaws')}</span>{' '}
            {instruments.map((inst, i) => (
              <span key={inst.id}>
                {i > 0 ? '; ' : null}
                <a href={instrumentHref(inst.id)} title={localText(inst.name, lang)}>
                  {inst.short}
                </a>
              </span>
            ))}
          </p>
        ) : null}
      </Collapsible.Content>
    </Collapsible.Root>
  );
});
