/**
 * The "why" of a finding: which answers decided it, as a table of question, answer, test and result. Questions
 * link to the questionnaire (`onShowField`); a dependency on another rule links to that rule's card; an open
 * question of the rule shows the rule's own wording.
 */
import { useTranslation } from 'react-i18next';
import type { TraceEntry } from '../../../../shared/engine/assessment';
import { fieldLabel, findingDomId, isQuestion, valueLabel } from '../present';

export interface WhyTraceProps {
  readonly trace: readonly TraceEntry[];
  readonly caption: string;
  readonly onShowField: (path: string) => void;
  readonly onOpenFinding: (ruleId: string) => void;
}

export function WhyTrace({ trace, caption, onShowField, onOpenFinding }: WhyTraceProps) {
  const { t } = useTranslation('results');
  if (trace.length === 0) return <p className="muted">{t('why.none')}</p>;
  return (
    <table className="why-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('why.question')}</th>
          <th scope="col">{t('why.answer')}</th>
          <th scope="col">{t('why.test')}</th>
          <th scope="col">{t('why.result')}</th>
        </tr>
      </thead>
      <tbody>
        {trace.map((e, i) => (
          <tr key={`${e.field}-${i}`}>
            <th scope="row"><TraceSubject entry={e} onShowField={onShowField} onOpenFinding={onOpenFinding} /></th>
            <td>{e.field === 'review-if' ? '—' : <TraceValue entry={e} />}</td>
            <td className="why-table__test">{e.test}</td>
            <td>
              <span className={`truth truth--${String(e.result)}`}>{t(`why.truth.${String(e.result)}`)}</span>
              {e.viaLikely ? <span className="muted"> {t('why.viaLikely')}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TraceValue({ entry }: { entry: TraceEntry }) {
  const { t, i18n } = useTranslation('results');
  if (entry.value === 'not applicable') return <span className="muted">{t('why.notApplicable')}</span>;
  return <span className={entry.value === 'unknown' ? 'truth truth--unknown' : undefined}>{valueLabel(entry.field, entry.value, i18n.language)}</span>;
}

function TraceSubject({ entry, onShowField, onOpenFinding }: { entry: TraceEntry } & Pick<WhyTraceProps, 'onShowField' | 'onOpenFinding'>) {
  const { t, i18n } = useTranslation('results');
  if (entry.field === 'review-if') {
    return <span><span className="why-table__tag">{t('why.openQuestion')}</span> <span lang="en">{String(entry.value)}</span></span>;
  }
  if (entry.field.startsWith('rule:')) {
    const id = entry.field.slice(5);
    return (
      <a href={`#${findingDomId(id)}`} onClick={(ev) => { ev.preventDefault(); onOpenFinding(id); }}>
        {t('why.rule', { id })}
      </a>
    );
  }
  const label = fieldLabel(entry.field, i18n.language);
  if (!isQuestion(entry.field)) return <span>{label} <span className="muted">{t('why.derived')}</span></span>;
  return (
    <button type="button" className="link-button" onClick={() => onShowField(entry.field)} title={t('why.showQuestion')}>
      {label}
    </button>
  );
}
