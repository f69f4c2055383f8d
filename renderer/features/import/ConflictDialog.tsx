/**
 * ConflictDialog: the bundle's review already exists here. "Import as a copy" keeps both (new id, "(imported copy)"
 * title); "Replace the existing review" asks again (ConfirmDialog), then puts the current version and its trail in
 * the bin and the bundle's version in its place.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { formatDateTime } from '../../i18n/format';
import type { ParsedBundle } from './use-import';

export interface ConflictDialogProps {
  readonly parsed: ParsedBundle;
  readonly existingTitle: string;
  readonly onCopy: () => void;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

export function ConflictDialog({ parsed, existingTitle, onCopy, onReplace, onCancel }: ConflictDialogProps) {
  const { t, i18n } = useTranslation('transfer');
  const [confirm, setConfirm] = useState(false);
  const { bundle } = parsed;
  return (
    <>
      <Dialog
        open={!confirm}
        onOpenChange={(o) => !o && !confirm && onCancel()}
        title={t('import.conflict.title')}
        description={t('import.conflict.description', { title: existingTitle })}
        closeLabel={t('common:action.close')}
        footer={
          <>
            <Button onClick={onCancel}>{t('common:action.cancel')}</Button>
            <Button variant="danger" onClick={() => setConfirm(true)}>{t('import.conflict.replace')}</Button>
            <Button variant="primary" onClick={onCopy}>{t('import.conflict.copy')}</Button>
          </>
        }
      >
        <dl className="transfer-facts">
          <dt>{t('import.facts.file')}</dt>
          <dd>{parsed.fileName}</dd>
          <dt>{t('import.facts.title')}</dt>
          <dd>{bundle.review.title}</dd>
          <dt>{t('import.facts.updated')}</dt>
          <dd>{formatDateTime(bundle.review.updatedAt, i18n.language)}</dd>
          <dt>{t('import.facts.exported')}</dt>
          <dd>{formatDateTime(bundle.exportedAt, i18n.language)}</dd>
          <dt>{t('import.facts.audit')}</dt>
          <dd>{bundle.audit.length}</dd>
        </dl>
        {parsed.migratedFrom !== undefined ? <p className="field__hint">{t('import.migrated', { version: parsed.migratedFrom })}</p> : null}
      </Dialog>
      <ConfirmDialog
        open={confirm}
        onOpenChange={(o) => !o && setConfirm(false)}
        title={t('import.replace.title', { title: existingTitle })}
        description={t('import.replace.description')}
        confirmLabel={t('import.replace.confirm')}
        cancelLabel={t('common:action.cancel')}
        tone="danger"
        onConfirm={onReplace}
      />
    </>
  );
}
