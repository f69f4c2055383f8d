/** ProgressBar: determinate progress with a visible label. `<ProgressBar label="Answered" value={12} max={40} />` */
import { Progress } from 'radix-ui';
import { useId } from 'react';

export function ProgressBar({ label, value, max = 100, valueText }: { label: string; value: number; max?: number; valueText?: string }) {
  const id = useId();
  const pct = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div className="progress">
      <div className="progress__row">
        <span id={id} className="progress__label">{label}</span>
        <span className="progress__value">{valueText ?? `${Math.round(pct)}%`}</span>
      </div>
      <Progress.Root className="progress__track" value={value} max={max} aria-labelledby={id} getValueLabel={() => valueText ?? `${Math.round(pct)}%`}>
        <Progress.Indicator className="progress__bar" style={{ width: `${pct}%` }} />
      </Progress.Root>
    </div>
  );
}
