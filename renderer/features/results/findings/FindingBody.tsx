/**
 * The expanded part of a finding card: rationale, notice (e.g. the crypto source-code bar), what a conditional or
 * REVIEW outcome waits for (links to the questions), the severity basis, the "why" trace, the legal basis,
 * mitigation tracking, and the reviewer's note and severity override. Ends with a link to the rule in the catalogue.
 */
import { Info } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { dependencyRuleIds, openQuestionNotes, unknownAnswerFields } from '../../../../shared/engine/present';
import { isZh, ruleHref } from '../present';
import { FieldLinks } from '../FieldLinks';
import type { FindingCardProps } from './FindingCard';
import { FindingNote } from './FindingNote';
import { LegalBasis } from './LegalBasis';
import { MitigationTracker } from './MitigationTracker';
import { SeverityOverride } from './SeverityOverride';
import { WhyTrace } from './WhyTrace';

export function FindingBody({ item, decision, onChange, onShowField, onOpenFinding }: FindingCardProps) {
  const { t, i18n } = useTranslation('results');
  const f = item.finding;
  const zh = isZh(i18n.language);
  const rationale = zh ? (f.rationaleZh ?? f.rationale) : f.rationale;
  const notice = zh ? (f.noticeZh ?? f.notice) : f.notice;
  const unknown = unknownAnswerFields(f);
  const deps = dependencyRuleIds(f);
  const questions = openQuestionNotes(f);
  return (
    <div className="finding__sections">
      {rationale ? <p className="finding__rationale" lang={zh && f.rationaleZh ? 'zh-CN' : 'en'}>{rationale}</p> : null}
      {notice ? (
        <p className="callout callout--info" role="note">
          <Info size={14} aria-hidden="true" /> <span>{notice}</span>
        </p>
      ) : null}
      {f.outcome === 'conditional' && f.conditionalOn?.length ? (
        <div className="callout">
          {t('finding.conditionalOn')} <FieldLinks paths={f.conditionalOn} onShowField={onShowField} />
        </div>
      ) : null}
      {f.outcome === 'review' ? (
        <div className="callout callout--review">
          <strong>{t('finding.reviewWhy')}</strong>
          <ul className="plain-list">
            {unknown.length > 0 ? <li>{t('finding.unknownAnswers')} <FieldLinks paths={unknown} onShowField={onShowField} /></li> : null}
            {questions.map((q) => <li key={q} lang="en">{q}</li>)}
            {f.reviewReasons?.includes('uncertain-basis') ? <li>{t('finding.uncertainBasis')}</li> : null}
            {deps.map((id) => (
              <li key={id}>
                <a href={`#finding-${id}`} onClick={(e) => { e.preventDefault(); onOpenFinding(id); }}>{t('finding.dependsOn', { id })}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {f.severityReason ? <p className="muted"><strong>{t('finding.severityBasis')}</strong> <span lang="en">{f.severityReason}</span></p> : null}
      <div>
        <h6 className="finding__subhead">{t('why.title')}</h6>
        <WhyTrace trace={f.trace} caption={t('why.caption', { id: f.ruleId })} onShowField={onShowField} onOpenFinding={onOpenFinding} />
      </div>
      <div>
        <h6 className="finding__subhead">{t('basis.title')}</h6>
        <LegalBasis refs={f.legalBasis} />
      </div>
      <div>
        <h6 className="finding__subhead">{t('mitigation.title')}</h6>
        <MitigationTracker ruleId={f.ruleId} codes={f.mitigations} notes={f.mitigationNotes ?? []} decision={decision} onChange={onChange} />
      </div>
      <div className="finding__reviewer">
        <h6 className="finding__subhead">{t('finding.reviewer')}</h6>
        <FindingNote ruleId={f.ruleId} note={decision?.note ?? ''} onChange={onChange} />
        {f.severity !== null ? <SeverityOverride ruleId={f.ruleId} engineSeverity={f.severity} override={item.override} onChange={onChange} /> : null}
      </div>
      <a className="finding__catalogue-link" href={ruleHref(f.ruleId)}>{t('finding.openInCatalogue', { id: f.ruleId })}</a>
    </div>
  );
}
