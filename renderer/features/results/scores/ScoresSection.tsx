/**
 * Scores: the source-code and inspection / state-access indices, then one per exposure kind, each with its
 * residual value when implemented mitigations lower it; the method behind an info popover; and the exposure ×
 * severity heatmap whose cells filter the findings list.
 */
import { useTranslation } from 'react-i18next';
import type { ExposureKind, Severity } from '../../../../shared/catalogue/types';
import type { Scores } from '../../../../shared/engine/assessment';
import { exposureHeatmap, SCORED_KINDS } from '../../../../shared/engine/present';
import type { PresentedFinding } from '../../../../shared/engine/present';
import { ExposureHeatmap } from './ExposureHeatmap';
import { MethodPopover } from './MethodPopover';
import { ScoreRow } from './ScoreRow';

export interface ScoresSectionProps {
  readonly scores: Scores;
  readonly residual: Scores | null;
  readonly items: readonly PresentedFinding[];
  readonly activeCell: { readonly kind: ExposureKind; readonly severity: Severity } | null;
  readonly onSelectCell: (kind: ExposureKind, severity: Severity) => void;
}

export function ScoresSection({ scores, residual, items, activeCell, onSelectCell }: ScoresSectionProps) {
  const { t } = useTranslation('results');
  const mitigated = residual !== null && (residual.sourceCode < scores.sourceCode || residual.inspection < scores.inspection || SCORED_KINDS.some((k) => residual.byExposure[k] < scores.byExposure[k]));
  return (
    <section className="results-section" aria-labelledby="results-scores-title">
      <div className="results-section__head">
        <h3 id="results-scores-title" className="results-section__title">{t('scores.title')}</h3>
        <MethodPopover />
      </div>
      <p className="muted">{mitigated ? t('scores.withResidual') : t('scores.noResidual')}</p>
      <dl className="score-list">
        <ScoreRow main label={t('scores.sourceCode')} raw={scores.sourceCode} residual={residual?.sourceCode ?? null} />
        <ScoreRow main label={t('scores.inspection')} raw={scores.inspection} residual={residual?.inspection ?? null} />
      </dl>
      <dl className="score-list score-list--kinds">
        {SCORED_KINDS.map((k) => (
          <ScoreRow key={k} label={t(`kind.${k}`)} raw={scores.byExposure[k]} residual={residual?.byExposure[k] ?? null} />
        ))}
      </dl>
      <ExposureHeatmap
        heatmap={exposureHeatmap(items)}
        active={activeCell}
        ungraded={items.filter((i) => i.severity === null).length}
        onSelect={onSelectCell}
      />
    </section>
  );
}
