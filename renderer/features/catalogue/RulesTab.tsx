/** The Rules tab: every rule in a dense, searchable, filterable list beside the selected rule's details. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RULES, ruleById } from '../../../shared/catalogue';
import type { Rule } from '../../../shared/catalogue/rule-types';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { ConfidenceBadge, SeverityBadge } from './CatalogueBadges';
import { useCatalogueNav } from './catalogue-nav';
import { DEFAULT_RULE_FILTERS, filterRules, ruleConfidence, type RuleFilters } from './catalogue-filters';
import { MasterDetail } from './MasterDetail';
import { NoMatches } from './NoMatches';
import { RuleDetailBody, RuleMeta } from './RuleDetail';
import { RuleFiltersBar } from './RuleFiltersBar';
import type { TabPanelProps } from './tab-panel';
import { useCatalogueLang } from './use-catalogue-lang';

export function RulesTab({ filters, onFiltersChange, selectedId, focusTick, takeFocus }: TabPanelProps<RuleFilters>) {
  const { t } = useTranslation('catalogue');
  const { lt } = useCatalogueLang();
  const nav = useCatalogueNav();
  const rows = useMemo(() => filterRules(RULES, filters), [filters]);
  const rule = selectedId ? ruleById(selectedId) : undefined;
  const columns = useMemo<DataColumn<Rule>[]>(
    () => [
      { id: 'id', header: t('column.id'), width: '72px', className: 'cell--num', cell: (r) => <span className="catalogue-id">{r.id}</span> },
      { id: 'title', header: t('column.title'), cell: (r) => <span title={lt(r.title)}>{lt(r.title)}</span> },
      { id: 'severity', header: t('column.severity'), width: '96px', cell: (r) => (r.severity ? <SeverityBadge t={t} severity={r.severity.base} /> : <span className="cell--muted">—</span>) },
      { id: 'confidence', header: t('column.confidence'), width: '64px', cell: (r) => <ConfidenceBadge t={t} confidence={ruleConfidence(r)} /> },
    ],
    [t, lt],
  );
  return (
    <MasterDetail
      toolbar={<RuleFiltersBar filters={filters} onChange={(patch) => onFiltersChange({ ...filters, ...patch })} />}
      count={t('count.rules', { shown: rows.length, total: RULES.length })}
      hint={t('keyboardHint')}
      list={
        rows.length ? (
          <DataTable
            label={t('list.rules')}
            data={rows}
            columns={columns}
            getRowId={(r) => r.id}
            selectedId={rule?.id ?? null}
            onSelect={(id) => nav.select('rules', id)}
            onOpen={(id) => nav.open('rules', id)}
          />
        ) : (
          <NoMatches onClear={() => onFiltersChange(DEFAULT_RULE_FILTERS)} />
        )
      }
      detail={rule ? { heading: `${rule.id} · ${lt(rule.title)}`, meta: <RuleMeta rule={rule} />, body: <RuleDetailBody rule={rule} /> } : null}
      detailKey={rule?.id ?? null}
      placeholder={t('placeholder.rules')}
      focusTick={focusTick}
      takeFocus={takeFocus}
    />
  );
}
