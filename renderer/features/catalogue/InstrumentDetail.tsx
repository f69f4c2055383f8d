/**
 * The body of an instrument's detail pane: a "historical, replaced by …" notice where it applies, names in English
 * and Chinese, issuer, document number, dates, status, confidence, brief reference, notes, and where it is used
 * (the rules citing it, with the articles relied on).
 */
import { useTranslation } from 'react-i18next';
import { citationArticles, conditionSentence } from '../../../shared/catalogue/describe';
import type { Instrument } from '../../../shared/catalogue/types';
import { instrumentById, instrumentUsage } from '../../../shared/catalogue/usage';
import { ruleById } from '../../../shared/catalogue';
import { ConfidenceBadge, HistoricalBadge, StatusBadge } from './CatalogueBadges';
import { CatalogueLink } from './catalogue-nav';
import { DetailRow, DetailSection } from './DetailSection';
import { useCatalogueLang } from './use-catalogue-lang';

export function InstrumentMeta({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('catalogue');
  return (
    <>
      <span>{instrument.short}</span>
      <span>{t(`kind.${instrument.kind}`)}</span>
      <StatusBadge t={t} status={instrument.status} />
      {instrument.historical ? <HistoricalBadge t={t} /> : null}
      <ConfidenceBadge t={t} confidence={instrument.confidence} />
    </>
  );
}

export function InstrumentDetailBody({ instrument: i }: { instrument: Instrument }) {
  const { t } = useTranslation('catalogue');
  const { lang, lt } = useCatalogueLang();
  const usage = instrumentUsage(i.id);
  const replacedBy = i.replacedBy ? instrumentById(i.replacedBy) : undefined;
  const link = (x: Instrument) => <CatalogueLink tab="instruments" id={x.id}>{x.short}</CatalogueLink>;
  return (
    <>
      {i.historical ? (
        <p className="catalogue-historical-notice" role="note">
          {t('historicalNotice')}
          {replacedBy ? <> {t('replacedByNotice')} {link(replacedBy)}.</> : null}
        </p>
      ) : null}
      <dl className="catalogue-dl">
        <DetailRow term={t('instrument.nameEn')} lang="en">{i.name.en}</DetailRow>
        <DetailRow term={t('instrument.nameZh')} lang="zh-CN">{i.name.zh}</DetailRow>
        <DetailRow term={t('instrument.short')}>{i.short}</DetailRow>
        <DetailRow term={t('instrument.kind')}>{t(`kind.${i.kind}`)}</DetailRow>
        <DetailRow term={t('instrument.issuer')}>{i.issuer}</DetailRow>
        <DetailRow term={t('instrument.docNumber')}>{i.docNumber}</DetailRow>
        <DetailRow term={t('instrument.adopted')}>{i.adopted}</DetailRow>
        <DetailRow term={t('instrument.promulgated')}>{i.promulgated}</DetailRow>
        <DetailRow term={t('instrument.effective')}>{i.effective}</DetailRow>
        <DetailRow term={t('instrument.status')}>{t(`status.${i.status}`)}</DetailRow>
        <DetailRow term={t('instrument.replacedBy')}>{replacedBy ? link(replacedBy) : null}</DetailRow>
        <DetailRow term={t('instrument.replaces')}>
          {usage?.replaces.length ? usage.replaces.map((x, n) => <span key={x.id}>{n ? ', ' : ''}{link(x)}</span>) : null}
        </DetailRow>
        <DetailRow term={t('instrument.confidence')}>{`${i.confidence} · ${t(`confidence.long.${i.confidence}`)}`}</DetailRow>
        <DetailRow term={t('instrument.briefRef')}>{i.briefRef}</DetailRow>
      </dl>
      {i.notes ? (
        <DetailSection title={t('instrument.notes')}>
          <p>{lt(i.notes)}</p>
        </DetailSection>
      ) : null}
      <DetailSection title={t('instrument.usedBy')}>
        {usage?.citations.length ? (
          <>
            <p className="catalogue-muted">{t('instrument.usedByCount', { count: usage.ruleIds.length })}</p>
            <ul className="catalogue-links">
              {usage.citations.map((c, n) => {
                const rule = ruleById(c.ruleId);
                return (
                  <li key={`${c.ruleId}-${n}`}>
                    <CatalogueLink tab="rules" id={c.ruleId}>{c.ruleId}</CatalogueLink>
                    {rule ? <span> — {lt(rule.title)}</span> : null}
                    <span className="citation__articles"> · {citationArticles(c.ref, lang) ?? t('citation.noArticles')}</span>{' '}
                    <ConfidenceBadge t={t} confidence={c.ref.confidence} />
                    {c.when ? <span className="catalogue-reason"> {t('instrument.onlyWhen', { condition: conditionSentence(c.when, lang) })}</span> : null}
                    {c.historicalContext ? <span className="catalogue-reason"> {t('citation.historicalContext')}</span> : null}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p className="catalogue-muted">{t('instrument.notCited')}</p>
        )}
      </DetailSection>
    </>
  );
}
