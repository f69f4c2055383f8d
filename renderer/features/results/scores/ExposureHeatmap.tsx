/**
 * Heatmap of exposure kind × effective severity: a real table (so screen readers read it as one), each cell the
 * number of findings, shaded by severity and count. Cells holding REVIEW findings are hatched and show "?n";
 * cells holding an overridden severity show a pen mark. A non-empty cell is a toggle button filtering the findings
 * list to that kind and severity.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExposureKind, Severity } from '../../../../shared/catalogue/types';
import { SCORED_KINDS, SEVERITIES_DESC } from '../../../../shared/engine/present';
import type { Heatmap, HeatCell } from '../../../../shared/engine/present';

export interface ExposureHeatmapProps {
  readonly heatmap: Heatmap;
  readonly active: { readonly kind: ExposureKind; readonly severity: Severity } | null;
  /** Derivation findings without severity, not in the map. */
  readonly ungraded: number;
  readonly onSelect: (kind: ExposureKind, severity: Severity) => void;
}

function level(count: number): number {
  return count === 0 ? 0 : count === 1 ? 1 : count <= 3 ? 2 : 3;
}

export function ExposureHeatmap({ heatmap, active, ungraded, onSelect }: ExposureHeatmapProps) {
  const { t } = useTranslation('results');
  const cells = SCORED_KINDS.flatMap((k) => SEVERITIES_DESC.map((s) => heatmap[k][s]));
  const review = SCORED_KINDS.reduce((n, k) => n + SEVERITIES_DESC.reduce((m, s) => m + heatmap[k][s].review, 0), 0);
  const overridden = cells.reduce((n, c) => n + c.overridden, 0);
  return (
    <div className="heatmap">
      <table className="heatmap__table">
        <caption className="heatmap__caption">{t('heatmap.caption')}</caption>
        <thead>
          <tr>
            <td />
            {SEVERITIES_DESC.map((s) => <th key={s} scope="col">{t(`severity.${s}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {SCORED_KINDS.map((k) => (
            <tr key={k}>
              <th scope="row">{t(`kind.${k}`)}</th>
              {SEVERITIES_DESC.map((s) => (
                <td key={s} className={`heat heat--${s} heat--l${level(heatmap[k][s].count)}${heatmap[k][s].review > 0 ? ' heat--review' : ''}`}>
                  <Cell cell={heatmap[k][s]} kind={k} severity={s} pressed={active?.kind === k && active.severity === s} onSelect={onSelect} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="heatmap__legend">
        {t('heatmap.legend', { review, overridden })}
        {ungraded > 0 ? ` ${t('heatmap.ungraded', { count: ungraded })}` : ''}
      </p>
    </div>
  );
}

interface CellProps {
  readonly cell: HeatCell;
  readonly kind: ExposureKind;
  readonly severity: Severity;
  readonly pressed: boolean;
  readonly onSelect: ExposureHeatmapProps['onSelect'];
}

function CellView({ cell, kind, severity, pressed, onSelect }: CellProps) {
  const { t } = useTranslation('results');
  if (cell.count === 0) return <span className="heat__zero">0</span>;
  const label = [
    t('heatmap.cellLabel', { count: cell.count, kind: t(`kind.${kind}`), severity: t(`severity.${severity}`) }),
    cell.review > 0 ? t('heatmap.cellReview', { count: cell.review }) : '',
    cell.overridden > 0 ? t('heatmap.cellOverridden', { count: cell.overridden }) : '',
  ].filter(Boolean).join(' ');
  return (
    <button type="button" className="heat__button" aria-pressed={pressed} aria-label={label} title={cell.ruleIds.join(', ')} onClick={() => onSelect(kind, severity)}>
      <span className="heat__count">{cell.count}</span>
      {cell.review > 0 ? <span className="heat__mark" aria-hidden="true">?{cell.review}</span> : null}
      {cell.overridden > 0 ? <span className="heat__mark" aria-hidden="true">✎</span> : null}
    </button>
  );
}

/** Memoised on the cell's content (the heatmap is rebuilt on every answer, its cells rarely change). */
const Cell = memo(
  CellView,
  (a, b) =>
    a.kind === b.kind && a.severity === b.severity && a.pressed === b.pressed && a.onSelect === b.onSelect &&
    a.cell.count === b.cell.count && a.cell.review === b.cell.review && a.cell.overridden === b.cell.overridden && a.cell.ruleIds.join() === b.cell.ruleIds.join(),
);
