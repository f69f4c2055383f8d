/** The body of a mitigation's detail pane: what it is, what it does and does not achieve, and the rules that list it. */
import { useTranslation } from 'react-i18next';
import { ruleById } from '../../../shared/catalogue';
import type { Mitigation } from '../../../shared/catalogue/types';
import { rulesListingMitigation } from '../../../shared/catalogue/usage';
import { CatalogueLink } from './catalogue-nav';
import { DetailSection } from './DetailSection';
import { useCatalogueLang } from './use-catalogue-lang';

function RuleLinks({ ids }: { ids: readonly string[] }) {
  const { lt } = useCatalogueLang();
  return (
    <ul className="catalogue-links">
      {ids.map((id) => {
        const rule = ruleById(id);
        return (
          <li key={id}>
            <CatalogueLink tab="rules" id={id}>{id}</CatalogueLink>
            {rule ? <span> — {lt(rule.title)}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function MitigationDetailBody({ mitigation: m }: { mitigation: Mitigation }) {
  const { t } = useTranslation('catalogue');
  const { lt } = useCatalogueLang();
  const listedBy = rulesListingMitigation(m.code);
  const extra = m.addresses.filter((id) => !listedBy.includes(id));
  return (
    <>
      <DetailSection title={t('mitigation.description')}>
        <p>{lt(m.description)}</p>
      </DetailSection>
      <DetailSection title={t('mitigation.limits')}>
        <p>{lt(m.limits)}</p>
      </DetailSection>
      <DetailSection title={t('mitigation.listedBy')}>
        {listedBy.length ? <RuleLinks ids={listedBy} /> : <p className="catalogue-muted">{t('mitigation.notListed')}</p>}
      </DetailSection>
      {extra.length ? (
        <DetailSection title={t('mitigation.alsoAddresses')}>
          <RuleLinks ids={extra} />
        </DetailSection>
      ) : null}
    </>
  );
}
