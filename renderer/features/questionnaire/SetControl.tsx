/**
 * SetControl: a set answer as checkboxes (inside the question's labelled group). "None" and "Unknown" are exclusive: checking one clears the rest,
 * checking any item clears them. Unchecking the last choice makes the question unanswered again. None is stored as
 * an empty list (the engine's form).
 */
import { useTranslation } from 'react-i18next';
import type { FieldDef } from '../../../shared/profile/types';
import { UNKNOWN } from '../../../shared/profile/types';
import { Checkbox } from '../../components/Checkbox';
import { setItems } from './answer-model';
import { valueLabel } from './field-text';

export interface SetControlProps {
  readonly def: FieldDef;
  readonly value: unknown;
  readonly onAnswer: (value: unknown) => void;
  readonly onClear: () => void;
}

export function SetControl({ def, value, onAnswer, onClear }: SetControlProps) {
  const { t, i18n } = useTranslation('workspace');
  const items = setItems(value);
  const isUnknown = items?.[0] === UNKNOWN;
  const chosen = isUnknown || items === null ? [] : items;
  const isNone = items !== null && !isUnknown && items.length === 0;
  const toggle = (v: string, on: boolean) => {
    const next = on ? def.values.filter((x) => x !== 'none' && (x === v || chosen.includes(x))) : chosen.filter((x) => x !== v);
    if (next.length === 0) onClear();
    else onAnswer(next);
  };
  const noneLabel = def.values.includes('none') ? valueLabel(def, 'none', i18n.language) : t('answer.noneOfThese');
  return (
    <div className="q-set">
      {def.values
        .filter((v) => v !== 'none')
        .map((v) => (
          <Checkbox key={v} label={valueLabel(def, v, i18n.language)} checked={chosen.includes(v)} onCheckedChange={(on) => toggle(v, on)} />
        ))}
      <Checkbox label={noneLabel} checked={isNone} onCheckedChange={(on) => (on ? onAnswer([]) : onClear())} />
      <Checkbox label={t('answer.unknown')} checked={isUnknown} onCheckedChange={(on) => (on ? onAnswer(UNKNOWN) : onClear())} />
    </div>
  );
}
