/**
 * The findings list: filters, then the findings that pass them grouped by exposure kind (derivation last), each
 * group sorted by effective severity (critical first; overrides count) and outcome. REVIEW findings are always
 * listed unless the reader filters them out, and the counts say how many are hidden.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { groupByKind, matchesFilter } from '../../../../shared/engine/present';
import type { FindingFilter, PresentedFinding } from '../../../../shared/engine/present';
import type { Profile } from '../../../../shared/profile/types';
import type { FindingDecision, ReviewChange } from '../../../../shared/review/types';
import { Button } from '../../../components/Button';
import { FindingCard } from './FindingCard';
import { FindingsFilters } from './FindingsFilters';

export interface FindingsSectionProps {
  readonly items: readonly PresentedFinding[];
  readonly decisions: { readonly [ruleId: string]: FindingDecision };
  readonly profile: Profile | null;
  readonly filter: FindingFilter;
  readonly openIds: ReadonlySet<string>;
  readonly onFilterChange: (filter: FindingFilter) => void;
  readonly onOpenChange: (ruleId: string, open: boolean) => void;
  readonly onChange: (change: ReviewChange) => Promise<void>;
  readonly onShowField: (path: string) => void;
  readonly onOpenFinding: (ruleId: string) => void;
}

export function FindingsSection(props: FindingsSectionProps) {
  const { items, decisions, profile, filter, openIds, onFilterChange, onOpenChange } = props;
  const { t } = useTranslation('results');
  const shown = items.filter((i) => matchesFilter(i, filter));
  const groups = groupByKind(shown);
  // One stable toggle per finding, so the memoised cards are not re-rendered for a new closure.
  const toggleOf = useMemo(() => {
    const made = new Map<string, (open: boolean) => void>();
    return (ruleId: string) => {
      let fn = made.get(ruleId);
      if (!fn) {
        fn = (open: boolean) => onOpenChange(ruleId, open);
        made.set(ruleId, fn);
      }
      return fn;
    };
  }, [onOpenChange]);
  return (
    <section className="results-section" aria-labelledby="results-findings-title">
      <h3 id="results-findings-title" className="results-section__title">
        {t('findings.title')} <span className="results-section__count">{items.length}</span>
      </h3>
      <FindingsFilters items={items} shown={shown.length} filter={filter} onFilterChange={onFilterChange} />
      {groups.length === 0 ? (
        <div className="findings-none">
          <p>{t('findings.noneMatch')}</p>
          <Button size="sm" onClick={() => onFilterChange({ outcomes: [], severities: [], kinds: [], text: '' })}>{t('filters.clear')}</Button>
        </div>
      ) : null}
      {groups.map((g) => (
        <section key={g.kind} className="finding-group" aria-labelledby={`results-group-${g.kind}`}>
          <h4 id={`results-group-${g.kind}`} className="finding-group__title">
            {t(`kind.${g.kind}`)} <span className="results-section__count">{t('findings.groupCount', { count: g.items.length })}</span>
          </h4>
          <div className="finding-group__list">
            {g.items.map((item) => (
              <FindingCard
                key={item.finding.ruleId}
                item={item}
                decision={decisions[item.finding.ruleId]}
                profile={profile}
                open={openIds.has(item.finding.ruleId)}
                onOpenChange={toggleOf(item.finding.ruleId)}
                onChange={props.onChange}
                onShowField={props.onShowField}
                onOpenFinding={props.onOpenFinding}
              />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
