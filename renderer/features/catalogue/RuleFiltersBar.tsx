/** The rules tab's toolbar: search (id, titles, cited instruments) and filters by family, exposure, severity, confidence, REVIEW by design. */
import { useTranslation } from 'react-i18next';
import { EXPOSURE_KINDS, SEVERITIES } from '../../../shared/catalogue/types';
import { Checkbox } from '../../components/Checkbox';
import { SearchField } from '../../components/SearchField';
import { Select } from '../../components/Select';
import { CONFIDENCES, RULE_FAMILIES, type RuleFilters } from './catalogue-filters';

export interface RuleFiltersBarProps {
  filters: RuleFilters;
  onChange: (patch: Partial<RuleFilters>) => void;
}

export function RuleFiltersBar({ filters, onChange }: RuleFiltersBarProps) {
  const { t } = useTranslation('catalogue');
  const all = { value: 'all' as const, label: t('filter.all') };
  return (
    <>
      <SearchField label={t('search.rules')} value={filters.query} onValueChange={(query) => onChange({ query })} />
      <Select
        label={t('filter.family')}
        value={filters.family}
        onValueChange={(family) => onChange({ family })}
        options={[all, ...RULE_FAMILIES.map((f) => ({ value: f, label: t(`family.${f}`) }))]}
      />
      <Select
        label={t('filter.exposure')}
        value={filters.exposure}
        onValueChange={(exposure) => onChange({ exposure })}
        options={[all, ...EXPOSURE_KINDS.map((k) => ({ value: k, label: t(`exposure.${k}`) }))]}
      />
      <Select
        label={t('filter.severity')}
        value={filters.severity}
        onValueChange={(severity) => onChange({ severity })}
        options={[all, ...SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) })), { value: 'none' as const, label: t('filter.noSeverity') }]}
      />
      <Select
        label={t('filter.confidence')}
        value={filters.confidence}
        onValueChange={(confidence) => onChange({ confidence })}
        options={[all, ...CONFIDENCES.map((c) => ({ value: c, label: `${c} · ${t(`confidence.long.${c}`)}` }))]}
      />
      <Checkbox label={t('filter.reviewByDesign')} checked={filters.reviewByDesign} onCheckedChange={(reviewByDesign) => onChange({ reviewByDesign })} />
    </>
  );
}
