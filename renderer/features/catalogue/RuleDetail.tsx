/**
 * The body of a rule's detail pane: titles in English and Chinese, rationale, the trigger in readable form, forced
 * REVIEW, severity, confidence caps, exposure kinds, legal basis (and conditional basis), mitigations, the notice
 * every finding carries, recorded decisions and the questionnaire fields the rule reads.
 */
import { useTranslation } from 'react-i18next';
import { conditionSentence, fieldLabel } from '../../../shared/catalogue/describe';
import type { Rule } from '../../../shared/catalogue/rule-types';
import { ruleFields } from '../../../shared/catalogue/usage';
import { MITIGATIONS } from '../../../shared/catalogue/mitigations';
import { Badge } from '../../components/Badge';
import { ConfidenceBadge, SeverityBadge } from './CatalogueBadges';
import { CatalogueLink } from './catalogue-nav';
import { ruleConfidence } from './catalogue-filters';
import { DetailRow, DetailSection } from './DetailSection';
import { LegalBasisList } from './LegalBasisList';
import { RuleConfidenceCaps, RuleForcedReview, RuleSeverity } from './RuleSeverity';
import { TriggerTree } from './TriggerTree';
import { useCatalogueLang } from './use-catalogue-lang';

export function RuleMeta({ rule }: { rule: Rule }) {
  const { t } = useTranslation('catalogue');
  return (
    <>
      <span>{t('rule.meta', { version: rule.version, family: t(`family.${rule.family}`) })}</span>
      {rule.severity ? <SeverityBadge t={t} severity={rule.severity.base} /> : null}
      <ConfidenceBadge t={t} confidence={ruleConfidence(rule)} />
      {rule.forcedReview ? <Badge tone="accent">{t('rule.reviewBadge')}</Badge> : null}
    </>
  );
}

export function RuleDetailBody({ rule }: { rule: Rule }) {
  const { t } = useTranslation('catalogue');
  const { lang, lt, enOnly } = useCatalogueLang();
  return (
    <>
      <DetailSection title={t('rule.titles')}>
        <dl className="catalogue-dl">
          <DetailRow term={t('rule.english')} lang="en">{rule.title.en}</DetailRow>
          <DetailRow term={t('rule.chinese')} lang="zh-CN">{rule.title.zh}</DetailRow>
        </dl>
      </DetailSection>
      <DetailSection title={t('rule.rationale')}>
        <p>{lt(rule.rationale)}</p>
      </DetailSection>
      <DetailSection title={t('rule.trigger')}>
        <p className="catalogue-muted">{t('rule.triggerIntro')}</p>
        <TriggerTree condition={rule.trigger} />
      </DetailSection>
      <RuleForcedReview rule={rule} />
      <RuleSeverity rule={rule} />
      <RuleConfidenceCaps rule={rule} />
      <DetailSection title={t('rule.exposure')}>
        <div className="catalogue-badges">
          {rule.exposure.map((k) => <Badge key={k}>{t(`exposure.${k}`)}</Badge>)}
        </div>
      </DetailSection>
      <DetailSection title={t('rule.legalBasis')}>
        <LegalBasisList refs={rule.legalBasis} />
        {(rule.extraBasis ?? []).map((b, i) => (
          <div key={i} className="catalogue-extra">
            <p>{t('rule.extraBasis')} {conditionSentence(b.when, lang)}</p>
            <LegalBasisList refs={b.refs} />
          </div>
        ))}
      </DetailSection>
      <DetailSection title={t('rule.mitigations')}>
        {rule.mitigations.length ? (
          <ul className="catalogue-links">
            {rule.mitigations.map((code) => {
              const m = MITIGATIONS.find((x) => x.code === code);
              return (
                <li key={code}>
                  <CatalogueLink tab="mitigations" id={code}>{code}</CatalogueLink>
                  {m ? <span> — {lt(m.title)}</span> : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="catalogue-muted">{t('rule.noMitigations')}</p>
        )}
        {rule.mitigationNotes?.length ? (
          <>
            <h4>{t('rule.mitigationNotes')}</h4>
            <ul>{rule.mitigationNotes.map((n, i) => <li key={i}>{lt(n)}</li>)}</ul>
          </>
        ) : null}
      </DetailSection>
      {rule.notice ? (
        <DetailSection title={t('rule.notice')}>
          <p className="catalogue-notice">{lt(rule.notice)}</p>
        </DetailSection>
      ) : null}
      {rule.decisions?.length ? (
        <DetailSection title={t('rule.decisions')}>
          <ul lang={enOnly}>{rule.decisions.map((d, i) => <li key={i}>{d}</li>)}</ul>
        </DetailSection>
      ) : null}
      <DetailSection title={t('rule.fields')}>
        <ul className="catalogue-fields">{ruleFields(rule).map((f) => <li key={f}>{fieldLabel(f, lang)}</li>)}</ul>
      </DetailSection>
    </>
  );
}
