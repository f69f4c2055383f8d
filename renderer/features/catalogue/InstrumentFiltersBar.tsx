/** The instruments tab's toolbar: search (names, short name, document number, issuer) and filters by kind, status, confidence, currency. */
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../components/SearchField';
import { Select } from '../../components/Select';
import { CONFIDENCES, INSTRUMENT_KINDS, INSTRUMENT_STATUSES, type InstrumentFilters } from './catalogue-filters';

export interface InstrumentFiltersBarProps {
  filters: InstrumentFilters;
  onChange: (patch: Partial<InstrumentFilters>) => void;
}

export function InstrumentFiltersBar({ filters, onChange }: InstrumentFiltersBarProps) {
  const { t } = useTranslation('catalogue');
  const all = { value: 'all' as const, label: t('filter.all') };
  return (
    <>
      <SearchField label={t('search.instruments')} value={filters.query} onValueChange={(query) => onChange({ query })} />
      <Select
        label={t('filter.kind')}
        value={filters.kind}
        onValueChange={(kind) => onChange({ kind })}
        options={[all, ...INSTRUMENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
      />
      <Select
        label={t('filter.status')}
        value={filters.status}
        onValueChange={(status) => onChange({ status })}
        options={[all, ...INSTRUMENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
      />
      <Select
        label={t('filter.confidence')}
        value={filters.confidence}
        onValueChange={(confidence) => onChange({ confidence })}
        options={[all, ...CONFIDENCES.map((c) => ({ value: c, label: `${c} · ${t(`confidence.long.${c}`)}` }))]}
      />
      <Select
        label={t('filter.currency')}
        value={filters.currency}
        onValueChange={(currency) => onChange({ currency })}
        options={[all, { value: 'current' as const, label: t('filter.current') }, { value: 'historical' as const, label: t('filter.historical') }]}
      />
    </>
  );
}
