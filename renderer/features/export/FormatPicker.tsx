/**
 * FormatPicker: the export format as a labelled radio group (arrow keys move, each option has a one-line hint).
 * `<FormatPicker value={format} onChange={setFormat} />`
 */
import { RadioGroup } from 'radix-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from './export-options';

export function FormatPicker({ value, onChange, disabled }: { value: ExportFormat; onChange: (f: ExportFormat) => void; disabled?: boolean }) {
  const { t } = useTranslation('transfer');
  const id = useId();
  return (
    <div className="field">
      <span id={id} className="field__label">{t('export.format.label')}</span>
      <RadioGroup.Root className="format-picker" aria-labelledby={id} value={value} onValueChange={(v) => onChange(v as ExportFormat)} disabled={disabled ?? false}>
        {EXPORT_FORMATS.map((f) => (
          <RadioGroup.Item key={f} value={f} className="format-picker__item" aria-describedby={`${id}-${f}`}>
            <span className="format-picker__name">{t(`export.format.${f}`)}</span>
            <span id={`${id}-${f}`} className="format-picker__hint">{t(`export.formatHint.${f}`)}</span>
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </div>
  );
}
