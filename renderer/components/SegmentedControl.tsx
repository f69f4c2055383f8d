/**
 * SegmentedControl: a small set of mutually exclusive options shown side by side (a Radix RadioGroup, so arrow keys
 * move between options and screen readers announce a radio group).
 * `<SegmentedControl label="Theme" value={t} onValueChange={setT} options={[{ value: 'light', label: 'Light' }]} />`
 */
import { RadioGroup } from 'radix-ui';
import { useId, type ReactNode } from 'react';

export interface SegmentOption<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly icon?: ReactNode;
  /** Language of the label when it differs from the page's (e.g. "简体中文" in an English UI). */
  readonly lang?: string;
}

export interface SegmentedControlProps<V extends string> {
  label: string;
  value: V;
  options: readonly SegmentOption<V>[];
  onValueChange: (value: V) => void;
  hideLabel?: boolean;
}

export function SegmentedControl<V extends string>({ label, value, options, onValueChange, hideLabel }: SegmentedControlProps<V>) {
  const id = useId();
  return (
    <div className="field">
      <span id={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>{label}</span>
      <RadioGroup.Root className="segmented" aria-labelledby={id} value={value} onValueChange={(v) => onValueChange(v as V)} orientation="horizontal">
        {options.map((o) => (
          <RadioGroup.Item key={o.value} value={o.value} className="segmented__item" lang={o.lang}>
            {o.icon ? <span aria-hidden="true" className="btn__icon">{o.icon}</span> : null}
            {o.label}
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </div>
  );
}
