/** The Mitigations tab: every mitigation code with its title, beside the selected one's description, limits and rules. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MITIGATIONS } from '../../../shared/catalogue/mitigations';
import type { Mitigation } from '../../../shared/catalogue/types';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { SearchField } from '../../components/SearchField';
import { useCatalogueNav } from './catalogue-nav';
import { DEFAULT_MITIGATION_FILTERS, filterMitigations, type MitigationFilters } from './catalogue-filters';
import { MasterDetail } from './MasterDetail';
import { MitigationDetailBody } from './MitigationDetail';
import { NoMatches } from './NoMatches';
import type { TabPanelProps } from './tab-panel';
import { useCatalogueLang } from './use-catalogue-lang';

export function MitigationsTab({ filters, onFiltersChange, selectedId, focusTick, takeFocus }: TabPanelProps<MitigationFilters>) {
  const { t } = useTranslation('catalogue');
  const { lt } = useCatalogueLang();
  const nav = useCatalogueNav();
  const rows = useMemo(() => filterMitigations(MITIGATIONS, filters), [filters]);
  const m = MITIGATIONS.find((x) => x.code === selectedId);
  const columns = useMemo<DataColumn<Mitigation>[]>(
    () => [
      { id: 'code', header: t('column.code'), width: '40%', cell: (x) => <span className="catalogue-id">{x.code}</span> },
      { id: 'title', header: t('column.title'), cell: (x) => <span title={lt(x.title)}>{lt(x.title)}</span> },
    ],
    [t, lt],
  );
  return (
    <MasterDetail
      toolbar={<SearchField label={t('search.mitigations')} value={filters.query} onValueChange={(query) => onFiltersChange({ query })} />}
      count={t('count.mitigations', { shown: rows.length, total: MITIGATIONS.length })}
      hint={t('keyboardHint')}
      list={
        rows.length ? (
          <DataTable
            label={t('list.mitigations')}
            data={rows}
            columns={columns}
            getRowId={(x) => x.code}
            selectedId={m?.code ?? null}
            onSelect={(id) => nav.select('mitigations', id)}
            onOpen={(id) => nav.open('mitigations', id)}
          />
        ) : (
          <NoMatches onClear={() => onFiltersChange(DEFAULT_MITIGATION_FILTERS)} />
        )
      }
      detail={m ? { heading: `${m.code} · ${lt(m.title)}`, body: <MitigationDetailBody mitigation={m} /> } : null}
      detailKey={m?.code ?? null}
      placeholder={t('placeholder.mitigations')}
      focusTick={focusTick}
      takeFocus={takeFocus}
    />
  );
}
