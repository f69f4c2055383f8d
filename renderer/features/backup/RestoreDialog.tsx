/**
 * RestoreDialog: what a backup file contains (reviews, audit entries, bin, evidence, settings, when and by which version it was
 * made), the warning that restoring replaces ALL current data, "Back up current data first", and Restore, which asks
 * once more (ConfirmDialog) before anything is replaced.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { formatDateTime } from '../../i18n/format';
import type { ParsedBackup } from './use-backup';

export interface RestoreDialogProps {
  readonly parsed: ParsedBackup;
  /** Reviews stored now, which the restore replaces. */
  readonly currentReviews: number;
  readonly backingUp: boolean;
  readonly onBackUpFirst: () => void;
  readonly onRestore: () => void;
  readonly onCancel: () => void;
}

export function RestoreDialog({ parsed, currentReviews, backingUp, onBackUpFirst, onRestore, onCancel }: RestoreDialogProps) {
  const { t, i18n } = useTranslation('transfer');
  const [confirm, setConfirm] = useState(false);
  const { backup } = parsed;
  const evidence = (backup.evidence?.length ?? 0) + backup.bin.reduce((n, b) => n + (b.evidence?.length ?? 0), 0);
  return (
    <>
      <Dialog
        open={!confirm}
        onOpenChange={(o) => !o && !confirm && onCancel()}
        title={t('backup.restore.title')}
        description={t('backup.restore.description', { fileName: parsed.fileName })}
        closeLabel={t('common:action.close')}
        width="md"
        footer={
          <>
            <Button onClick={onCancel}>{t('common:action.cancel')}</Button>
            <Button onClick={onBackUpFirst} disabled={backingUp} aria-busy={backingUp}>
              {t('backup.restore.backUpFirst')}
            </Button>
            <Button variant="danger" onClick={() => setConfirm(true)} disabled={backingUp}>
              {t('backup.restore.restore')}
            </Button>
          </>
        }
      >
        <dl className="transfer-facts" aria-label={t('backup.restore.contents')}>
          <dt>{t('backup.facts.exported')}</dt>
          <dd>{formatDateTime(backup.exportedAt, i18n.language)}</dd>
          <dt>{t('backup.facts.appVersion')}</dt>
          <dd>{backup.appVersion}</dd>
          <dt>{t('backup.facts.reviews')}</dt>
          <dd>{backup.reviews.length}</dd>
          <dt>{t('backup.facts.archived')}</dt>
          <dd>{backup.reviews.filter((r) => r.archivedAt !== null).length}</dd>
          <dt>{t('backup.facts.audit')}</dt>
          <dd>{backup.audit.length}</dd>
          <dt>{t('backup.facts.bin')}</dt>
          <dd>{backup.bin.length}</dd>
          <dt>{t('backup.facts.evidence')}</dt>
          <dd>{evidence}</dd>
          <dt>{t('backup.facts.settings')}</dt>
          <dd>{Object.keys(backup.settings).length}</dd>
        </dl>
        {parsed.migratedFrom !== undefined ? <p className="field__hint">{t('backup.restore.migrated', { version: parsed.migratedFrom })}</p> : null}
        <p className="export-notice export-notice--error">{t('backup.restore.warning', { count: currentReviews })}</p>
      </Dialog>
      <ConfirmDialog
        open={confirm}
        onOpenChange={(o) => !o && setConfirm(false)}
        title={t('backup.confirm.title')}
        description={t('backup.confirm.description', { count: backup.reviews.length })}
        confirmLabel={t('backup.confirm.confirm')}
        cancelLabel={t('common:action.cancel')}
        tone="danger"
        onConfirm={onRestore}
      />
    </>
  );
}
