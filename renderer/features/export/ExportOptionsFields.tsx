/**
 * ExportOptionsFields: the options that fit the chosen format. Reports: confidentiality marking (none, the two
 * standard ones, or custom text) and redactions. Review bundles: whether evidence files travel along (shown only
 * when the review has evidence), and a reminder that bundles are never redacted.
 */
import { useTranslation } from 'react-i18next';
import type { RedactionOptions } from '../../../shared/report/types';
import { Checkbox } from '../../components/Checkbox';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { isReportFormat, MARKING_CHOICES, MAX_MARKING_LENGTH, type ExportChoices, type MarkingChoice } from './export-options';

export interface ExportOptionsFieldsProps {
  readonly choices: ExportChoices;
  readonly onChange: (patch: Partial<ExportChoices>) => void;
  /** Evidence items the review has. */
  readonly evidenceCount: number;
  readonly disabled: boolean;
}

const REDACTIONS: readonly (keyof RedactionOptions)[] = ['internalNotes', 'evidenceNames', 'vendorConfidential'];

export function ExportOptionsFields({ choices, onChange, evidenceCount, disabled }: ExportOptionsFieldsProps) {
  const { t } = useTranslation('transfer');
  if (!isReportFormat(choices.format)) {
    return (
      <div className="export-options">
        {evidenceCount > 0 ? (
          <Checkbox
            label={t('export.bundle.evidence', { count: evidenceCount })}
            checked={choices.includeEvidenceFiles}
            onCheckedChange={(includeEvidenceFiles) => onChange({ includeEvidenceFiles })}
            disabled={disabled}
          />
        ) : null}
        <p className="field__hint">{t('export.bundle.unredacted')}</p>
      </div>
    );
  }
  return (
    <div className="export-options">
      <Select<MarkingChoice>
        label={t('export.marking.label')}
        value={choices.marking}
        options={MARKING_CHOICES.map((m) => ({ value: m, label: t(`export.marking.${m}`) }))}
        onValueChange={(marking) => onChange({ marking })}
        disabled={disabled}
      />
      {choices.marking === 'custom' ? (
        <TextField
          label={t('export.marking.customLabel')}
          hint={t('export.marking.customHint', { max: MAX_MARKING_LENGTH })}
          value={choices.customMarking}
          maxLength={MAX_MARKING_LENGTH}
          onChange={(e) => onChange({ customMarking: e.target.value })}
          disabled={disabled}
        />
      ) : null}
      <fieldset className="export-options__redaction">
        <legend className="field__label">{t('export.redaction.legend')}</legend>
        {REDACTIONS.map((key) => (
          <Checkbox
            key={key}
            label={t(`export.redaction.${key}`)}
            checked={choices.redaction[key]}
            onCheckedChange={(v) => onChange({ redaction: { ...choices.redaction, [key]: v } })}
            disabled={disabled}
          />
        ))}
      </fieldset>
    </div>
  );
}
