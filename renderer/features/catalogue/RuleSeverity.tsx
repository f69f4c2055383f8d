/**
 * A rule's severity as the catalogue decides it ("Medium; High if …; Critical if …", first matching step wins), its
 * forced-REVIEW case and its confidence caps, each condition in readable form.
 */
import { useTranslation } from 'react-i18next';
import { conditionSentence } from '../../../shared/catalogue/describe';
import type { Rule } from '../../../shared/catalogue/rule-types';
import { ConfidenceBadge, SeverityBadge } from './CatalogueBadges';
import { DetailSection } from './DetailSection';
import { TriggerTree } from './TriggerTree';
import { useCatalogueLang } from './use-catalogue-lang';

export function RuleSeverity({ rule }: { rule: Rule }) {
  const { t } = useTranslation('catalogue');
  const { lang, enOnly } = useCatalogueLang();
  const sev = rule.severity;
  return (
    <DetailSection title={t('rule.severity')}>
      {sev ? (
        <ul className="catalogue-steps">
          <li>
            <SeverityBadge t={t} severity={sev.base} />
            {sev.steps?.length ? <span className="catalogue-steps__if">{t('rule.otherwise')}</span> : null}
            {sev.baseReason ? <span className="catalogue-reason" lang={enOnly}>{sev.baseReason}</span> : null}
          </li>
          {(sev.steps ?? []).map((step, i) => (
            <li key={i}>
              <SeverityBadge t={t} severity={step.severity} />
              <span className="catalogue-steps__if">{t('rule.severityIf')}</span>
              <span>{conditionSentence(step.when, lang)}</span>
              <span className="catalogue-reason" lang={enOnly}>{step.reason}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="catalogue-muted">{t('rule.derivation')}</p>
      )}
    </DetailSection>
  );
}

export function RuleForcedReview({ rule }: { rule: Rule }) {
  const { t } = useTranslation('catalogue');
  const { enOnly } = useCatalogueLang();
  const fr = rule.forcedReview;
  if (!fr) return null;
  return (
    <DetailSection title={t('rule.forcedReview')}>
      {fr.when ? (
        <>
          <p>{t('rule.forcedWhen')}</p>
          <TriggerTree condition={fr.when} />
        </>
      ) : (
        <p>{t('rule.forcedAlways')}</p>
      )}
      <p className="catalogue-reason" lang={enOnly}>{fr.reason}</p>
    </DetailSection>
  );
}

export function RuleConfidenceCaps({ rule }: { rule: Rule }) {
  const { t } = useTranslation('catalogue');
  const { lang, enOnly } = useCatalogueLang();
  if (!rule.confidenceCaps?.length) return null;
  return (
    <DetailSection title={t('rule.confidenceCaps')}>
      <ul className="catalogue-steps">
        {rule.confidenceCaps.map((cap, i) => (
          <li key={i}>
            <ConfidenceBadge t={t} confidence={cap.confidence} />
            <span className="catalogue-steps__if">{t('rule.severityIf')}</span>
            <span>{conditionSentence(cap.when, lang)}</span>
            <span className="catalogue-reason" lang={enOnly}>{cap.reason}</span>
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
