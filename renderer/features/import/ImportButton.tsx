/**
 * ImportButton: "Import review…" on the Reviews screen, with the shortcut Ctrl/Cmd+O. Runs the import flow
 * (use-import.ts) and shows its dialogs: every problem of a bad file, or the copy/replace choice when the review
 * already exists.
 */
import { Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useShortcut } from '../../app/use-shortcut';
import { Button } from '../../components/Button';
import { useAppStore } from '../../store/store-context';
import { ConflictDialog } from './ConflictDialog';
import { ProblemsDialog } from './ProblemsDialog';
import { useImport } from './use-import';
import '../export/export.css';

const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function ImportButton() {
  const { t } = useTranslation('transfer');
  const flow = useImport();
  const otherDialog = useAppStore((s) => s.dialog !== null);
  const { state } = flow;
  const idle = state.kind === 'idle';
  useShortcut({ key: 'o', mod: true }, () => void flow.pick(), idle && !otherDialog);
  return (
    <>
      <Button
        icon={<Upload />}
        onClick={() => void flow.pick()}
        disabled={!idle}
        aria-busy={state.kind === 'busy'}
        aria-keyshortcuts={IS_MAC ? 'Meta+O' : 'Control+O'}
        title={`${t('import.button')} (${IS_MAC ? 'Cmd+O' : 'Ctrl+O'})`}
      >
        {t('import.button')}
      </Button>
      {state.kind === 'problems' ? (
        <ProblemsDialog open onOpenChange={(o) => !o && flow.dismiss()} title={t('import.problemsTitle')} fileName={state.fileName} errors={state.errors} />
      ) : null}
      {state.kind === 'conflict' ? (
        <ConflictDialog
          parsed={state.parsed}
          existingTitle={state.existingTitle}
          onCopy={() => void flow.write('copy')}
          onReplace={() => void flow.write('replace')}
          onCancel={flow.dismiss}
        />
      ) : null}
    </>
  );
}
