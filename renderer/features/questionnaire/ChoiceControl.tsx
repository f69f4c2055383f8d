/**
 * ChoiceControl: one answer from a short list (values + Unknown) as a segmented radio group (Radix RadioGroup:
 * arrow keys move and choose, Tab leaves). Labelled by the question heading; levels show "1"…"5" with the full
 * label as the accessible name.
 */
import { RadioGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { FieldDef } from '../../../shared/profile/types';
import { UNKNOWN } from '../../../shared/profile/types';
import { fromChoice, toChoice } from './answer-model';
import { valueLabel } from './field-text';

export interface ChoiceControlProps {
  readonly def: FieldDef;
  readonly value: unknown;
  readonly labelledBy: string;
  readonly describedBy?: string | undefined;
  readonly onAnswer: (value: unknown) => void;
}

export function ChoiceControl({ def, value, labelledBy, describedBy, onAnswer }: ChoiceControlProps) {
  const { t, i18n } = useTranslation('workspace');
  const options = [...def.values, UNKNOWN];
  return (
    <RadioGroup.Root
      className="segmented q-choice"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      value={toChoice(value)}
      onValueChange={(v) => onAnswer(fromChoice(def, v))}
      orientation="horizontal"
      loop
    >
      {options.map((v) => {
        const full = v === UNKNOWN ? t('answer.unknown') : valueLabel(def, v, i18n.language);
        const short = def.kind === 'level' && /^[1-5]$/.test(v) ? v : def.kind === 'level' && v === 'none' ? t('answer.levelNone') : null;
        return (
          <RadioGroup.Item key={v} value={v} className="segmented__item q-choice__item" aria-label={short ? full : undefined} title={short ? full : undefined}>
            {short ?? full}
          </RadioGroup.Item>
        );
      })}
    </RadioGroup.Root>
  );
}
