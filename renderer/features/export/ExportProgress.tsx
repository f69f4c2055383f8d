/** ExportProgress: the running export's step (building model → writing format → saving) as a progress bar. */
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ProgressBar';
import type { ExportFormat } from './export-options';
import { EXPORT_STEPS, type ExportStep } from './run-export';

export function ExportProgress({ step, format, cancelling }: { step: ExportStep; format: ExportFormat; cancelling: boolean }) {
  const { t } = useTranslation('transfer');
  const index = EXPORT_STEPS.indexOf(step);
  const text = cancelling ? t('export.progress.cancelling') : t(`export.progress.${step}`, { format: t(`export.format.${format}`) });
  return (
    <div className="export-progress" role="status">
      <ProgressBar label={t('export.progress.label')} value={index + 1} max={EXPORT_STEPS.length} valueText={t('export.progress.step', { n: index + 1, total: EXPORT_STEPS.length, text })} />
    </div>
  );
}
