/**
 * The catalogue browser (`#/catalogue`, deep links `#/catalogue/<rules|instruments|mitigations>/<id>`): tabs for
 * rules, laws & standards, and mitigations, each a searchable list beside the selected entry's details, with the
 * catalogue version in the header. The route holds the tab and the selected entry; the page keeps each tab's search
 * and filters while it is shown, and asks a tab to focus its details heading when an entry is opened.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RULES } from '../../../shared/catalogue';
import { INSTRUMENTS } from '../../../shared/catalogue/instruments';
import { MITIGATIONS } from '../../../shared/catalogue/mitigations';
import { CATALOGUE_VERSION_LABEL } from '../../app/catalogue-version';
import { usePageTitle } from '../../app/use-page-title';
import { Tabs } from '../../components/Tabs';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import type { CatalogueTab } from '../../store/ui-slice';
import { CatalogueNavProvider, type CatalogueNav } from './catalogue-nav';
import { DEFAULT_INSTRUMENT_FILTERS, DEFAULT_MITIGATION_FILTERS, DEFAULT_RULE_FILTERS } from './catalogue-filters';
import { InstrumentsTab } from './InstrumentsTab';
import { MitigationsTab } from './MitigationsTab';
import { RulesTab } from './RulesTab';
import './catalogue.css';

export function CataloguePage() {
  const { t } = useTranslation('catalogue');
  usePageTitle(t('title'));
  const store = useAppStoreApi();
  const route = useAppStore((s) => s.route);
  const tab: CatalogueTab = route.name === 'catalogue' ? (route.tab ?? 'rules') : 'rules';
  const selectedId = route.name === 'catalogue' ? (route.id ?? null) : null;

  const [ruleFilters, setRuleFilters] = useState(DEFAULT_RULE_FILTERS);
  const [instrumentFilters, setInstrumentFilters] = useState(DEFAULT_INSTRUMENT_FILTERS);
  const [mitigationFilters, setMitigationFilters] = useState(DEFAULT_MITIGATION_FILTERS);
  const [focusTick, setFocusTick] = useState(0);
  const pendingFocus = useRef(false);
  const lastIds = useRef<Partial<Record<CatalogueTab, string>>>({});

  useEffect(() => {
    if (selectedId) lastIds.current[tab] = selectedId;
  }, [tab, selectedId]);

  const takeFocus = useCallback(() => {
    const pending = pendingFocus.current;
    pendingFocus.current = false;
    return pending;
  }, []);

  const nav = useMemo<CatalogueNav>(
    () => ({
      select: (to, id) => store.getState().navigate({ name: 'catalogue', tab: to, id }),
      open: (to, id) => {
        pendingFocus.current = true;
        setFocusTick((n) => n + 1);
        store.getState().navigate({ name: 'catalogue', tab: to, id });
      },
    }),
    [store],
  );

  const switchTab = (to: CatalogueTab) => {
    const id = lastIds.current[to];
    store.getState().navigate(id ? { name: 'catalogue', tab: to, id } : { name: 'catalogue', tab: to });
  };

  const common = { selectedId, focusTick, takeFocus };
  return (
    <CatalogueNavProvider value={nav}>
      <div className="page page--catalogue">
        <header className="page__header">
          <div>
            <h1 tabIndex={-1}>{t('title')}</h1>
            <p className="page__subtitle">
              {t('version', { version: CATALOGUE_VERSION_LABEL ?? t('common:notAvailable') })} · {t('intro')}
            </p>
          </div>
        </header>
        <Tabs
          label={t('tabsLabel')}
          value={tab}
          onValueChange={switchTab}
          tabs={[
            {
              value: 'rules',
              label: t('tab.rules', { n: RULES.length }),
              content: tab === 'rules' ? <RulesTab {...common} filters={ruleFilters} onFiltersChange={setRuleFilters} /> : null,
            },
            {
              value: 'instruments',
              label: t('tab.instruments', { n: INSTRUMENTS.length }),
              content: tab === 'instruments' ? <InstrumentsTab {...common} filters={instrumentFilters} onFiltersChange={setInstrumentFilters} /> : null,
            },
            {
              value: 'mitigations',
              label: t('tab.mitigations', { n: MITIGATIONS.length }),
              content: tab === 'mitigations' ? <MitigationsTab {...common} filters={mitigationFilters} onFiltersChange={setMitigationFilters} /> : null,
            },
          ]}
        />
      </div>
    </CatalogueNavProvider>
  );
}
