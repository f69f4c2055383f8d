/**
 * Select: a labelled single-choice dropdown (Radix Select).
 * `<Select label="Language" value={v} onValueChange={set} options={[{ value: 'en', label: 'English' }]} />`
 * With nothing chosen yet: `value=""` and a `placeholder`.
 */
import { Check, ChevronDown } from 'lucide-react';
import { Select as RadixSelect } from 'radix-ui';
import { useId } from 'react';

export interface SelectOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface SelectProps<V extends string> {
  label: string;
  /** `''` shows the placeholder (nothing chosen yet). */
  value: V | '';
  /** Shown while nothing is chosen. */
  placeholder?: string;
  options: readonly SelectOption<V>[];
  onValueChange: (value: V) => void;
  /** Hide the label visually (it stays the accessible name). */
  hideLabel?: boolean;
  disabled?: boolean;
}

export function Select<V extends string>({ label, value, placeholder, options, onValueChange, hideLabel, disabled }: SelectProps<V>) {
  const id = useId();
  return (
    <div className="field">
      <label id={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>{label}</label>
      <RadixSelect.Root value={value} onValueChange={(v) => onValueChange(v as V)} disabled={disabled ?? false}>
        <RadixSelect.Trigger className="select__trigger" aria-labelledby={id}>
          <RadixSelect.Value placeholder={placeholder} />
          <RadixSelect.Icon className="select__chevron"><ChevronDown size={14} aria-hidden="true" /></RadixSelect.Icon>
        </RadixSelect.Trigger>
        <RadixSelect.Portal>
          <RadixSelect.Content className="popover select__content" position="popper" sideOffset={4}>
            <RadixSelect.Viewport>
              {options.map((o) => (
                <RadixSelect.Item key={o.value} value={o.value} className="menu__item">
                  <RadixSelect.ItemText>{o.label}</RadixSelect.ItemText>
                  <RadixSelect.ItemIndicator className="menu__check"><Check size={14} aria-hidden="true" /></RadixSelect.ItemIndicator>
                </RadixSelect.Item>
              ))}
            </RadixSelect.Viewport>
          </RadixSelect.Content>
        </RadixSelect.Portal>
      </RadixSelect.Root>
    </div>
  );
}
