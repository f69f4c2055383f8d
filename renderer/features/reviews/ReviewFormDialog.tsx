/**
 * The create / rename dialog: title (required), vendor and product. Enter submits. On a failed save the dialog stays
 * open with what was typed (the error is shown as a toast), so nothing is lost.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';

export interface ReviewFormValues {
  readonly title: string;
  readonly vendorName: string;
  readonly productName: string;
}

export interface ReviewFormDialogProps {
  mode: 'create' | 'rename';
  initial: ReviewFormValues;
  onSubmit: (values: ReviewFormValues) => Promise<boolean>;
  onClose: () => void;
}

export function ReviewFormDialog({ mode, initial, onSubmit, onClose }: ReviewFormDialogProps) {
  const { t } = useTranslation('reviews');
  const [values, setValues] = useState(initial);
  const [titleError, setTitleError] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!values.title.trim()) {
      setTitleError(true);
      return;
    }
    setBusy(true);
    const ok = await onSubmit(values);
    setBusy(false);
    if (ok) onClose();
  };
  const field = (name: keyof ReviewFormValues) => ({
    value: values[name],
    onChange: (e: { target: { value: string } }) => {
      setValues((v) => ({ ...v, [name]: e.target.value }));
      if (name === 'title') setTitleError(false);
    },
  });

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t(mode === 'create' ? 'form.createTitle' : 'form.renameTitle')}
      description={mode === 'create' ? t('form.createDescription') : undefined}
      closeLabel={t('common:action.close')}
    >
      <form className="dialog__body" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('field.title')}
          hint={t('form.titleHint')}
          required
          autoFocus
          maxLength={200}
          autoComplete="off"
          error={titleError ? t('form.titleRequired') : undefined}
          {...field('title')}
        />
        <TextField label={t('field.vendor')} maxLength={200} autoComplete="off" {...field('vendorName')} />
        <TextField label={t('field.product')} maxLength={200} autoComplete="off" {...field('productName')} />
        <div className="dialog__footer">
          <Button onClick={onClose}>{t('common:action.cancel')}</Button>
          <Button variant="primary" type="submit" disabled={busy}>
            {t(mode === 'create' ? 'form.create' : 'form.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
