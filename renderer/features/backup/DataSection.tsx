/**
 * Settings → Data: "Back up everything" (the whole database as one JSON file: reviews, audit trail, bin, settings)
 * and "Restore from backup…" (validates the file, shows what it contains, offers a backup of the current data first,
 * and replaces everything in one transaction after confirmation).
 */
import { DatabaseBackup, RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useAppStore } from '../../store/store-context';
import { ProblemsDialog } from '../import/ProblemsDialog';
import { RestoreDialog } from './RestoreDialog';
import { useBackup } from './use-backup';
import '../export/export.css';

export function DataSection() {
  const { t } = useTranslation('transfer');
  const flow = useBackup(t('backup.filter'));
  const reviews = useAppStore((s) => s.reviews.length);
  const { state } = flow;
  const busy = state.kind === 'busy';
  return (
    <section className="settings-section" aria-labelledby="settings-data">
      <h2 id="settings-data">{t('backup.heading')}</h2>
      <p className="field__hint">{t('backup.explain')}</p>
      <div className="data-section__actions">
        <Button icon={<DatabaseBackup />} onClick={() => void flow.backUp()} disabled={busy} aria-busy={busy && state.task === 'backup'}>
          {t('backup.backUp')}
        </Button>
        <Button icon={<RotateCcw />} onClick={() => void flow.pickRestore()} disabled={busy} aria-busy={busy && state.task !== 'backup'}>
          {t('backup.restoreButton')}
        </Button>
      </div>
      {busy ? (
        <p className="field__hint" role="status">
          {t(`backup.busy.${state.task}`)}
        </p>
      ) : null}
      {state.kind === 'problems' ? (
        <ProblemsDialog open onOpenChange={(o) => !o && flow.dismiss()} title={t('backup.problemsTitle')} fileName={state.fileName} errors={state.errors} />
      ) : null}
      {state.kind === 'confirm' ? (
        <RestoreDialog
          parsed={state.parsed}
          currentReviews={reviews}
          backingUp={state.backingUp}
          onBackUpFirst={() => void flow.backUpFirst()}
          onRestore={() => void flow.restore()}
          onCancel={flow.dismiss}
        />
      ) : null}
    </section>
  );
}
