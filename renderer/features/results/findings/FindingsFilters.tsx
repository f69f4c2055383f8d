/**
 * Filters of the findings list: outcome and severity toggles (Radix ToggleGroup, several at once, each with its
 * count), exposure kind, and text search over ids, titles and rationale; "Showing N of M" and Clear. An empty
 * selection means "any".
 */
import { ToggleGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { EXPOSURE_KINDS } from '../../../../shared/catalogue/types';
import type { ExposureKind, Severity } from '../../../../shared/catalogue/types';
import { isFiltered, NO_FILTER, OUTCOMES, SEVERITIES_DESC } from '../../../../shared/engine/present';
import type { FindingFilter, FindingOutcome, PresentedFinding } from '../../../../shared/engine/present';
import { Button } from '../../../components/Button';
import { SearchField } from '../../../components/SearchField';
import { Select } from '../../../components/Select';

export interface FindingsFiltersProps {
  readonly items: readonly PresentedFinding[];
  readonly shown: number;
  readonly filter: FindingFilter;
  readonly onFilterChange: (filter: FindingFilter) => void;
}

export function FindingsFilters({ items, shown, filter, onFilterChange }: FindingsFiltersProps) {
  const { t } = useTranslation('results');
  const set = (patch: Partial<FindingFilter>): void => onFilterChange({ ...filter, ...patch });
  const kind = filter.kinds[0] ?? 'all';
  return (
    <div className="findings-filters" role="group" aria-label={t('filters.label')}>
      <div className="findings-filters__row">
        <SearchField label={t('filters.search')} value={filter.text} onValueChange={(text) => set({ text })} />
        <Select<ExposureKind | 'all'>
          label={t('filters.kind')}
          hideLabel
          value={kind}
          onValueChange={(v) => set({ kinds: v === 'all' ? [] : [v] })}
          options={[{ value: 'all', label: t('filters.allKinds') }, ...EXPOSURE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
        />
      </div>
      <div className="findings-filters__row">
        <ToggleGroup.Root type="multiple" className="toggle-chips" aria-label={t('filters.outcome')} value={[...filter.outcomes]} onValueChange={(v) => set({ outcomes: v as FindingOutcome[] })}>
          {OUTCOMES.map((o) => (
            <ToggleGroup.Item key={o} value={o} className="toggle-chip">
              {t(`outcome.${o}`)} <span className="toggle-chip__count">{items.filter((i) => i.finding.outcome === o).length}</span>
            </ToggleGroup.Item>
          ))}
        </ToggleGroup.Root>
        <ToggleGroup.Root type="multiple" className="toggle-chips" aria-label={t('filters.severity')} value={[...filter.severities]} onValueChange={(v) => set({ severities: v as Severity[] })}>
          {SEVERITIES_DESC.map((s) => (
            <ToggleGroup.Item key={s} value={s} className={`toggle-chip toggle-chip--${s}`}>
              {t(`severity.${s}`)} <span className="toggle-chip__count">{items.filter((i) => i.severity === s).length}</span>
            </ToggleGroup.Item>
          ))}
        </ToggleGroup.Root>
      </div>
      <div className="findings-filters__row findings-filters__status">
        <span role="status">{t('filters.showing', { shown, total: items.length })}</span>
        {isFiltered(filter) ? <Button size="sm" variant="ghost" onClick={() => onFilterChange(NO_FILTER)}>{t('filters.clear')}</Button> : null}
      </div>
    </div>
  );
}
