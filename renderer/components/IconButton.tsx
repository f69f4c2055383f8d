/**
 * IconButton: an icon-only button with an accessible name and a tooltip showing the same label (plus an optional
 * shortcut hint). `<IconButton label="Rename" shortcut="F2" icon={<Pencil />} onClick={…} />`
 */
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { cx, type ButtonVariant } from './Button';
import { Tooltip } from './Tooltip';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  label: string;
  icon: ReactNode;
  shortcut?: string;
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  ref?: Ref<HTMLButtonElement>;
}

export function IconButton({ label, icon, shortcut, variant = 'ghost', size = 'md', className, type = 'button', ...rest }: IconButtonProps) {
  return (
    <Tooltip content={shortcut ? `${label} (${shortcut})` : label}>
      <button type={type} aria-label={label} className={cx('btn', 'btn--icon', `btn--${variant}`, `btn--${size}`, className)} {...rest}>
        <span aria-hidden="true" className="btn__icon">{icon}</span>
      </button>
    </Tooltip>
  );
}
