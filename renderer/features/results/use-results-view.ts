/**
 * View state of the results panel: the findings filter, which cards are expanded, and "open finding X" (from the
 * needs-answers list, a dependency link or the trace), which clears a filter that hides it, expands the card, and
 * moves focus to its toggle once it is rendered.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExposureKind, Severity } from '../../../shared/catalogue/types';
import { matchesFilter, NO_FILTER } from '../../../shared/engine/present';
import type { FindingFilter, PresentedFinding } from '../../../shared/engine/present';
import { findingTriggerId } from './present';

export interface ResultsView {
  readonly filter: FindingFilter;
  readonly openIds: ReadonlySet<string>;
  readonly activeCell: { readonly kind: ExposureKind; readonly severity: Severity } | null;
  readonly setFilter: (filter: FindingFilter) => void;
  readonly setOpen: (ruleId: string, open: boolean) => void;
  readonly openFinding: (ruleId: string) => void;
  readonly selectCell: (kind: ExposureKind, severity: Severity) => void;
}

export function useResultsView(items: readonly PresentedFinding[]): ResultsView {
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(new Set());
  const focusNext = useRef<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);

  useEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    const el = document.getElementById(findingTriggerId(id));
    if (el) {
      el.scrollIntoView({ block: 'nearest' });
      el.focus();
      focusNext.current = null;
    }
  }, [focusTick, openIds, filter]);

  const setOpen = useCallback((ruleId: string, open: boolean) => {
    setOpenIds((prev) => {
      const next = new Set(prev);
      if (open) next.add(ruleId);
      else next.delete(ruleId);
      return next;
    });
  }, []);

  // openFinding reads the latest items and filter through a ref, so it stays the same function (finding cards are memoised).
  const latest = useRef({ items, filter });
  useEffect(() => {
    latest.current = { items, filter };
  }, [items, filter]);
  const openFinding = useCallback(
    (ruleId: string) => {
      const item = latest.current.items.find((i) => i.finding.ruleId === ruleId);
      if (!item) return;
      if (!matchesFilter(item, latest.current.filter)) setFilter(NO_FILTER);
      setOpen(ruleId, true);
      focusNext.current = ruleId;
      setFocusTick((n) => n + 1);
    },
    [setOpen],
  );

  const kind = filter.kinds.length === 1 ? filter.kinds[0] : undefined;
  const severity = filter.severities.length === 1 ? filter.severities[0] : undefined;
  const activeCell = kind !== undefined && severity !== undefined ? { kind, severity } : null;

  /** Selecting the active cell again clears the kind and severity filters. */
  const selectCell = useCallback((k: ExposureKind, s: Severity) => {
    setFilter((f) => {
      const same = f.kinds.length === 1 && f.kinds[0] === k && f.severities.length === 1 && f.severities[0] === s;
      return { ...f, kinds: same ? [] : [k], severities: same ? [] : [s] };
    });
  }, []);

  return { filter, openIds, activeCell, setFilter, setOpen, openFinding, selectCell };
}
