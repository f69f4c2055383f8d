/**
 * Checkbox and Switch: labelled boolean controls (Radix).
 * `<Checkbox label="Show archived" checked={v} onCheckedChange={setV} />`, `<Switch label="…" … />`
 */
import { Check } from 'lucide-react';
import { Checkbox as RadixCheckbox, Switch as RadixSwitch } from 'radix-ui';
import { useId } from 'react';

export interface BooleanControlProps {
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
}

export function Checkbox({ label, checked, onCheckedChange, disabled }: BooleanControlProps) {
  const id = useId();
  return (
    <div className="check">
      <RadixCheckbox.Root id={id} className="check__box" checked={checked} onCheckedChange={(v) => onCheckedChange(v === true)} disabled={disabled ?? false}>
        <RadixCheckbox.Indicator><Check size={12} strokeWidth={3} aria-hidden="true" /></RadixCheckbox.Indicator>
      </RadixCheckbox.Root>
      <label htmlFor={id} className="check__label">{label}</label>
    </div>
  );
}

export function Switch({ label, checked, onCheckedChange, disabled }: BooleanControlProps) {
  const id = useId();
  return (
    <div className="check">
      <RadixSwitch.Root id={id} className="switch" checked={checked} onCheckedChange={onCheckedChange} disabled={disabled ?? false}>
        <RadixSwitch.Thumb className="switch__thumb" />
      </RadixSwitch.Root>
      <label htmlFor={id} className="check__label">{label}</label>
    </div>
  );
}
