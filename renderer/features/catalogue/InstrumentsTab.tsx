/**
 * The Laws & standards tab: every instrument the catalogue cites, searchable and filterable, beside the selected
 * one's details. Historical instruments carry a badge and muted text in the list.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTRUMENTS } from '../../../shared/catalogue/instruments';
import type { Instrument } from '../../../shared/catalogue/types';
import { instrumentById } from '../../../shared/catalogue/usage';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { ConfidenceBadge, HistoricalBadge, StatusBadge } from './CatalogueBadges';
import { useCatalogueNav } from './catalogue-nav';
import { DEFAULT_INSTRUMENT_FILTERS, filterInstruments, type InstrumentFilters } from './catalogue-filters';
import { InstrumentDetailBody, InstrumentMeta } from './InstrumentDetail';
import { InstrumentFiltersBar } from './InstrumentFiltersBar';
import { MasterDetail } from './MasterDetail';
import { NoMatches } from './NoMatches';
import type { TabPanelProps } from './tab-panel';
import { useCatalogueLang } from './use-catalogue-lang';

export function InstrumentsTab({ filters, onFiltersChange, selectedId, focusTick, takeFocus }: TabPanelProps<InstrumentFilters>) {
  const { t } = useTranslation('catalogue');
  const { lt } = useCatalogueLang();
  const nav = useCatalogueNav();
  const rows = useMemo(() => filterInstruments(INSTRUMENTS, filters), [filters]);
  const inst = selectedId ? instrumentById(selectedId) : undefined;
  const columns = useMemo<DataColumn<Instrument>[]>(
    () => [
      {
        id: 'short',
        header: t('column.short'),
        width: '34%',
        cell: (i) => (
          <span className={i.historical ? 'catalogue-cell catalogue-cell--historical' : 'catalogue-cell'}>
            <span className="catalogue-cell__text" title={i.short}>{i.short}</span>
            {i.historical ? <HistoricalBadge t={t} /> : null}
          </span>
        ),
      },
      { id: 'name', header: t('column.name'), cell: (i) => <span className={i.historical ? 'cell--muted' : undefined} title={lt(i.name)}>{lt(i.name)}</span> },
      { id: 'status', header: t('column.status'), width: '116px', cell: (i) => <StatusBadge t={t} status={i.status} /> },
      { id: 'confidence', header: t('column.confidence'), width: '64px', cell: (i) => <ConfidenceBadge t={t} confidence={i.confidence} /> },
    ],
    [t, lt],
  );
  return (
    <MasterDetail
      toolbar={<InstrumentFiltersBar filters={filters} onChange={(patch) => onFiltersChange({ ...filters, ...patch })} />}
      count={t('count.instruments', { shown: rows.length, total: INSTRUMENTS.length })}
      hint={t('keyboardHint')}
      list={
        rows.length ? (
          <DataTable
            label={t('list.instruments')}
            data={rows}
            columns={columns}
            getRowId={(i) => i.id}
            selectedId={inst?.id ?? null}
            onSelect={(id) => nav.select('instruments', id)}
            onOpen={(id) => nav.open('instruments', id)}
          />
        ) : (
          <NoMatches onClear={() => onFiltersChange(DEFAULT_INSTRUMENT_FILTERS)} />
        )
      }
      detail={inst ? { heading: lt(inst.name), meta: <InstrumentMeta instrument={inst} />, body: <InstrumentDetailBody instrument={inst} />, historical: inst.historical } : null}
      detailKey={inst?.id ?? null}
      placeholder={t('placeholder.instruments')}
      focusTick={focusTick}
      takeFocus={takeFocus}
    />
  );
}
