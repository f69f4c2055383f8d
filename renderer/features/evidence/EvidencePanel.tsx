/**
 * EvidencePanel: the review's evidence in the workspace. "Attach file…" picks any file (desktop dialog or browser
 * file input, up to EVIDENCE_MAX_BYTES), which is stored with its SHA-256 and recorded in the audit trail; the list
 * shows each file (EvidenceItem) with Copy SHA-256, Edit (note and linked findings) and Remove (asks first). An
 * explanation stands in for the list while nothing is attached. State and actions come from `useEvidence` (the
 * workspace owns it, so its tab can show the count).
 * `<EvidencePanel evidence={useEvidence(review)} findings={[{ ruleId: 'SC-01', title: '…' }]} />`
 */
import { Paperclip } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Spinner } from '../../components/Spinner';
import type { EvidenceRecord } from '../../db/app-db';
import { EVIDENCE_MAX_BYTES } from '../../db/evidence-repo';
import { formatBytes } from '../../i18n/format';
import { usePlatform } from '../../platform/platform-context';
import { useAppStoreApi } from '../../store/store-context';
import { EvidenceEditDialog, type LinkableFinding } from './EvidenceEditDialog';
import { EvidenceItem } from './EvidenceItem';
import type { EvidenceState } from './use-evidence';
import './evidence.css';

export interface EvidencePanelProps {
  readonly evidence: EvidenceState;
  /** The review's current findings, offered when linking evidence to findings. */
  readonly findings: readonly LinkableFinding[];
}

export function EvidencePanel({ evidence, findings }: EvidencePanelProps) {
  const { t, i18n } = useTranslation('evidence');
  const store = useAppStoreApi();
  const [editing, setEditing] = useState<EvidenceRecord | null>(null);
  // The item to remove stays set while the confirmation closes, so its title does not change mid-animation.
  const [removing, setRemoving] = useState<EvidenceRecord | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const titleId = useId();
  const { items, status, attaching } = evidence;
  const platform = usePlatform();

  const askRemove = (item: EvidenceRecord) => {
    setRemoving(item);
    setConfirmOpen(true);
  };

  const copyHash = (item: EvidenceRecord) => {
    const toast = (tone: 'success' | 'error', key: string, values?: Record<string, string>) =>
      store.getState().pushToast({ tone, message: { key: `evidence:${key}`, ...(values ? { values } : {}) } });
    // Through the platform: on the desktop the main process writes the clipboard (the page has no permission to).
    void platform.copyText(item.sha256).then((result) => {
      if (result.status === 'copied') toast('success', 'toast.copied');
      else toast('error', 'error.copy', { message: result.message });
    });
  };

  return (
    <section className="evidence" aria-labelledby={titleId}>
      <div className="evidence__header">
        <h2 id={titleId}>{t('title')}</h2>
        <Button icon={<Paperclip />} onClick={() => void evidence.attach()} disabled={attaching} aria-busy={attaching}>
          {t('attach')}
        </Button>
      </div>
      <p className="evidence__intro">
        {t('intro')} {t('limit', { size: formatBytes(EVIDENCE_MAX_BYTES, i18n.language) })}
      </p>
      <p className="evidence__status" role="status">
        {attaching ? t('attaching') : ''}
      </p>
      {status === 'loading' ? <Spinner label={t('loading')} /> : null}
      {status === 'error' ? <p className="field__error">{t('error.unavailable')}</p> : null}
      {status === 'ready' && items.length === 0 ? (
        <EmptyState icon={<Paperclip size={28} />} title={t('empty.title')} level={3}>
          <p>{t('empty.body')}</p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <ul className="evidence__list" aria-label={t('listLabel')}>
          {items.map((item) => (
            <EvidenceItem key={item.id} item={item} onCopyHash={copyHash} onEdit={setEditing} onRemove={askRemove} />
          ))}
        </ul>
      ) : null}
      {editing ? <EvidenceEditDialog key={editing.id} item={editing} findings={findings} onSave={(patch) => evidence.edit(editing, patch)} onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        tone="danger"
        title={t('remove.title', { name: removing?.name ?? '' })}
        description={t('remove.description')}
        confirmLabel={t('remove.confirm')}
        cancelLabel={t('common:action.cancel')}
        onConfirm={() => {
          setConfirmOpen(false);
          if (removing) void evidence.remove(removing);
        }}
      />
    </section>
  );
}
