/**
 * ExportButton: "Export…" in the review header, with the shortcut Ctrl/Cmd+E, opening the ExportDialog.
 * `<ExportButton review={review} />`
 */
import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../shared/review/types';
import { useShortcut } from '../../app/use-shortcut';
import { Button } from '../../components/Button';
import { useAppStore } from '../../store/store-context';
import { ExportDialog } from './ExportDialog';
import './export.css';

const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function ExportButton({ review }: { review: Review }) {
  const { t } = useTranslation('transfer');
  const [open, setOpen] = useState(false);
  const otherDialog = useAppStore((s) => s.dialog !== null);
  useShortcut({ key: 'e', mod: true }, () => setOpen(true), !otherDialog);
  const shortcut = IS_MAC ? 'Cmd+E' : 'Ctrl+E';
  return (
    <>
      <Button icon={<Download />} onClick={() => setOpen(true)} aria-keyshortcuts={IS_MAC ? 'Meta+E' : 'Control+E'} title={`${t('export.button')} (${shortcut})`}>
        {t('export.button')}
      </Button>
      {open ? <ExportDialog review={review} open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}
