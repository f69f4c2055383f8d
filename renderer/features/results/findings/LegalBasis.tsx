/**
 * A finding's legal basis: per citation the instrument's short name (linking to the catalogue browser), English
 * and Chinese names, articles (CSL with both the 2017 and 2026 numbers), status, a visible "historical" mark for
 * instruments that are not current law, the citation's confidence and its note.
 */
import { useTranslation } from 'react-i18next';
import { formatCslArticle, instrumentById } from '../../../../shared/catalogue/instruments';
import type { LegalRef } from '../../../../shared/catalogue/types';
import { Badge } from '../../../components/Badge';
import { instrumentHref } from '../present';
import { ConfidenceTag } from './FindingBadges';

function articlesOf(ref: LegalRef, t: (k: string, o?: Record<string, string>) => string): string | null {
  if (ref.cslArticles) {
    const { y2017, y2026 } = ref.cslArticles;
    return y2017 === null ? t('basis.cslNew', { article: y2026 }) : formatCslArticle(y2017);
  }
  return ref.articles ?? null;
}

export function LegalBasis({ refs }: { refs: readonly LegalRef[] }) {
  const { t } = useTranslation('results');
  if (refs.length === 0) return <p className="muted">{t('basis.none')}</p>;
  return (
    <ul className="basis-list">
      {refs.map((ref, i) => {
        const ins = instrumentById(ref.instrument);
        const articles = articlesOf(ref, t);
        const current = ins.status === 'in-force' || ins.status === 'in-force-amended';
        return (
          <li key={`${ref.instrument}-${i}`} className="basis-list__item">
            <div className="basis-list__head">
              <a href={instrumentHref(ins.id)} className="basis-list__short">{ins.short}</a>
              {articles ? <span className="basis-list__articles">{articles}</span> : null}
              <ConfidenceTag tag={ref.confidence} />
              {ins.historical ? <Badge tone="danger">{t('basis.historical')}</Badge> : null}
              <Badge tone={current ? 'neutral' : 'medium'}>{t(`basis.status.${ins.status}`)}</Badge>
            </div>
            <div className="basis-list__names">
              <span>{ins.name.en}</span>
              {ins.name.zh ? <span lang="zh-CN">{ins.name.zh}</span> : null}
              {ins.docNumber ? <span className="muted">{ins.docNumber}</span> : null}
            </div>
            {ref.note ? <p className="basis-list__note" lang="en">{ref.note}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
