/**
 * ResultsSlot: the right-hand pane. Mounts the results helper's <ResultsPanel> (features/results) when this build has
 * it (found through an eager glob, so the workspace builds either way); before anything is answered, and when the
 * engine fails, it explains instead (in a region named "Results", like the panel itself).
 */
import { AlertTriangle, Gauge } from 'lucide-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import type { ResultsPanelProps } from './workspace-types';

const modules = import.meta.glob<{ ResultsPanel?: ComponentType<ResultsPanelProps> }>('../results/ResultsPanel.tsx', { eager: true });
const ResultsPanel = Object.values(modules)[0]?.ResultsPanel ?? null;

export interface ResultsSlotProps extends ResultsPanelProps {
  readonly nothingAnswered: boolean;
  readonly failure: string | null;
}

export function ResultsSlot({ nothingAnswered, failure, ...props }: ResultsSlotProps) {
  const { t } = useTranslation('workspace');
  if (failure) {
    return (
      <section aria-label={t('pane.results')}>
        <EmptyState icon={<AlertTriangle size={28} />} title={t('results.failedTitle')}>
          <p>{t('results.failedBody', { message: failure })}</p>
        </EmptyState>
      </section>
    );
  }
  if (nothingAnswered || !ResultsPanel) {
    return (
      <section aria-label={t('pane.results')}>
        <EmptyState icon={<Gauge size={28} />} title={t('results.emptyTitle')}>
          <p>{t('results.emptyBody')}</p>
        </EmptyState>
      </section>
    );
  }
  return <ResultsPanel {...props} />;
}
