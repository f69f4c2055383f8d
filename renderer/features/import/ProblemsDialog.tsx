/**
 * ProblemsDialog: why a file could not be imported or restored, listing EVERY problem with where it is (a JSON
 * Pointer such as /review/title, or "the whole file"). Nothing was written.
 * `<ProblemsDialog open fileName="x.json" errors={errors} title="…" onOpenChange={…} />`
 */
import { useTranslation } from 'react-i18next';
import type { ImportError } from '../../../shared/bundle/types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import '../export/export.css';

export interface ProblemsDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly title: string;
  readonly fileName: string;
  readonly errors: readonly ImportError[];
}

export function ProblemsDialog({ open, onOpenChange, title, fileName, errors }: ProblemsDialogProps) {
  const { t } = useTranslation('transfer');
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={t('problems.description', { fileName, count: errors.length })}
      closeLabel={t('common:action.close')}
      width="lg"
      footer={<Button variant="primary" onClick={() => onOpenChange(false)}>{t('common:action.close')}</Button>}
    >
      <ul className="transfer-problems" aria-label={t('problems.listLabel')}>
        {errors.map((e, i) => (
          <li key={`${e.path}-${i}`}>
            <code>{e.path === '' ? t('problems.wholeFile') : e.path}</code>
            <span>{e.message}</span>
          </li>
        ))}
      </ul>
      <p className="field__hint">{t('problems.nothingWritten')}</p>
    </Dialog>
  );
}
