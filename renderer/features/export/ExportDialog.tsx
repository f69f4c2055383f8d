/**
 * ExportDialog: exports one review. The reviewer picks a format and its options and sees what the file will contain;
 * Export builds the report input from the saved review, its live assessment, residual scores, audit trail and the
 * reviewer name from Settings, writes the format and saves it through the platform, with progress and Cancel.
 * Saved → a toast with the file name; failed → the reason in the dialog (nothing is half-written: the desktop writes
 * atomically). Exporting does not change the review, so it adds nothing to its audit trail.
 * `<ExportDialog review={review} open={open} onOpenChange={setOpen} />`
 */
import { Download } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../shared/review/types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/Spinner';
import { formatBytes } from '../../i18n/format';
import { usePlatform } from '../../platform/platform-context';
import { actorOf } from '../../store/settings-slice';
import { useAppStore } from '../../store/store-context';
import type { BundleSource } from '../../db/bundle-repo';
import { useAssessment } from '../workspace/use-assessment';
import { DEFAULT_CHOICES, type ExportChoices } from './export-options';
import { summarise } from './export-summary';
import { ExportOptionsFields } from './ExportOptionsFields';
import { ExportProgress } from './ExportProgress';
import { ExportSummaryView } from './ExportSummaryView';
import { FormatPicker } from './FormatPicker';
import { useTransfer } from './transfer-context';
import { useExportRun } from './use-export-run';
import './export.css';

export interface ExportDialogProps {
  readonly review: Review;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

type Notice = { readonly tone: 'error' | 'info'; readonly text: string } | null;

export function ExportDialog({ review, open, onOpenChange }: ExportDialogProps) {
  const { t, i18n } = useTranslation('transfer');
  const platform = usePlatform();
  const { bundleRepo } = useTransfer();
  const reviewer = useAppStore((s) => actorOf(s.settings));
  const pushToast = useAppStore((s) => s.pushToast);
  const live = useAssessment(review);
  const [choices, setChoices] = useState<ExportChoices>(DEFAULT_CHOICES);
  const [source, setSource] = useState<BundleSource | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const exportRun = useExportRun();
  const running = exportRun.state.phase === 'running';

  // The saved review, its trail and its evidence metadata, read fresh each time the dialog opens (also after further
  // edits). The evidence files' contents are read only when a bundle that includes them is exported.
  useEffect(() => {
    if (!open) return;
    let active = true;
    setSource(null);
    setNotice(null);
    bundleRepo.sourceOf(review.id).then(
      (s) => active && (s ? setSource(s) : setNotice({ tone: 'error', text: t('export.error.gone') })),
      (e: unknown) => active && setNotice({ tone: 'error', text: t('export.error.failed', { message: e instanceof Error ? e.message : String(e) }) }),
    );
    return () => {
      active = false;
    };
  }, [open, bundleRepo, review.id, review.revision, t]);

  const summary = useMemo(
    () => (source && live.assessment ? summarise(source.review, live.assessment, source.audit, source.evidence.length, choices) : null),
    [source, live.assessment, choices],
  );

  const onExport = async () => {
    if (!source || !live.assessment) return;
    setNotice(null);
    const outcome = await exportRun.start({
      review: source.review,
      assessment: live.assessment,
      residual: live.residual,
      audit: source.audit,
      evidence: source.evidence,
      evidenceWithContents: async () => (await bundleRepo.sourceOf(source.review.id, { contents: true }))?.evidence ?? source.evidence,
      reviewer,
      choices,
      now: new Date().toISOString(),
      filterName: t(`export.filter.${choices.format}`),
    });
    switch (outcome.status) {
      case 'saved':
        pushToast({ tone: 'success', message: { key: 'transfer:export.toast.saved', values: { fileName: outcome.fileName } } });
        onOpenChange(false);
        return;
      case 'print-dialog':
        pushToast({ tone: 'info', message: { key: 'transfer:export.toast.printDialog' } });
        onOpenChange(false);
        return;
      case 'cancelled':
        setNotice({ tone: 'info', text: t('export.cancelled') });
        return;
      case 'error':
        setNotice({ tone: 'error', text: t('export.error.failed', { message: outcome.message }) });
        return;
      case 'too-large':
        setNotice({ tone: 'error', text: t('export.error.tooLarge', { size: formatBytes(outcome.bytes, i18n.language), limit: formatBytes(outcome.limit, i18n.language) }) });
        return;
    }
  };

  const change = (patch: Partial<ExportChoices>) => setChoices((c) => ({ ...c, ...patch }));
  const close = (next: boolean) => {
    if (!next) exportRun.cancel();
    onOpenChange(next);
  };
  const ready = source !== null && live.assessment !== null;

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('export.title', { title: review.title })}
      closeLabel={t('common:action.close')}
      width="lg"
      footer={
        running ? (
          <Button onClick={exportRun.cancel} disabled={exportRun.state.phase === 'running' && (exportRun.state.step === 'save' || exportRun.state.cancelling)}>
            {t('export.action.cancelExport')}
          </Button>
        ) : (
          <>
            <Button onClick={() => close(false)}>{t('common:action.cancel')}</Button>
            <Button variant="primary" icon={<Download />} onClick={() => void onExport()} disabled={!ready}>
              {t('export.action.export')}
            </Button>
          </>
        )
      }
    >
      {live.assessment === null ? <p role="alert">{t('export.error.noAssessment')}</p> : null}
      <div className="export-dialog">
        <FormatPicker value={choices.format} onChange={(format) => change({ format })} disabled={running} />
        <div className="export-dialog__side">
          <ExportOptionsFields choices={choices} onChange={change} evidenceCount={source?.evidence.length ?? 0} disabled={running} />
          {choices.format === 'pdf' && platform.kind === 'web' ? <p className="field__hint">{t('export.pdfWeb')}</p> : null}
          {summary ? <ExportSummaryView summary={summary} format={choices.format} /> : live.assessment && !notice ? <Spinner label={t('export.loading')} /> : null}
        </div>
      </div>
      {exportRun.state.phase === 'running' ? <ExportProgress step={exportRun.state.step} format={choices.format} cancelling={exportRun.state.cancelling} /> : null}
      {notice ? (
        <p className={`export-notice export-notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
    </Dialog>
  );
}
