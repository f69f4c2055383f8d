/** SelectControl: one answer from a long list (values + Unknown) in the shared Select, labelled with the question. */
import { useTranslation } from 'react-i18next';
import type { FieldDef } from '../../../shared/profile/types';
import { UNKNOWN } from '../../../shared/profile/types';
import { Select } from '../../components/Select';
import { fromChoice, toChoice } from './answer-model';
import { questionText, valueLabel } from './field-text';

export function SelectControl({ def, value, onAnswer }: { def: FieldDef; value: unknown; onAnswer: (value: unknown) => void }) {
  const { t, i18n } = useTranslation('workspace');
  const options = [...def.values, UNKNOWN].map((v) => ({ value: v, label: v === UNKNOWN ? t('answer.unknown') : valueLabel(def, v, i18n.language) }));
  return (
    <div className="q-select">
      <Select
        label={questionText(def, i18n.language)}
        hideLabel
        value={toChoice(value)}
        placeholder={t('answer.choose')}
        options={options}
        onValueChange={(v) => onAnswer(fromChoice(def, v))}
      />
    </div>
  );
}
