/**
 * A rule's legal basis: each cited instrument with its English and Chinese names (linked to the instrument), the
 * articles relied on (the Cybersecurity Law with both its 2017 and 2026 numbers), the confidence of the point and
 * the instrument's status. A historical instrument is flagged as context, never shown as current law.
 */
import { useTranslation } from 'react-i18next';
import { citationArticles } from '../../../shared/catalogue/describe';
import type { LegalRef } from '../../../shared/catalogue/types';
import { instrumentById } from '../../../shared/catalogue/usage';
import { ConfidenceBadge, HistoricalBadge, StatusBadge } from './CatalogueBadges';
import { CatalogueLink } from './catalogue-nav';
import { useCatalogueLang } from './use-catalogue-lang';

export function LegalBasisList({ refs }: { refs: readonly LegalRef[] }) {
  return (
    <ul className="citation-list">
      {refs.map((ref, i) => (
        <Citation key={`${ref.instrument}-${i}`} citation={ref} />
      ))}
    </ul>
  );
}

function Citation({ citation }: { citation: LegalRef }) {
  const { t } = useTranslation('catalogue');
  const { lang, enOnly } = useCatalogueLang();
  const inst = instrumentById(citation.instrument);
  const articles = citationArticles(citation, lang);
  return (
    <li className={inst?.historical ? 'citation citation--historical' : 'citation'}>
      <div className="citation__head">
        <CatalogueLink tab="instruments" id={citation.instrument} className="citation__short">
          {inst?.short ?? citation.instrument}
        </CatalogueLink>
        <span className="citation__articles">{articles ?? t('citation.noArticles')}</span>
        <ConfidenceBadge t={t} confidence={citation.confidence} />
        {inst ? <StatusBadge t={t} status={inst.status} /> : null}
        {inst?.historical ? <HistoricalBadge t={t} /> : null}
      </div>
      {inst ? (
        <div className="citation__names">
          <span lang="en">{inst.name.en}</span>
          {inst.name.zh ? <span lang="zh-CN">{inst.name.zh}</span> : null}
        </div>
      ) : null}
      {inst?.historical ? <p className="catalogue-reason">{t('citation.historicalContext')}</p> : null}
      {citation.note ? <p className="catalogue-reason" lang={enOnly}>{citation.note}</p> : null}
    </li>
  );
}
