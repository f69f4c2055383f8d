/**
 * Dialog: a modal with a title, optional description, a body and a footer of actions. Focus is trapped inside and
 * returns to the opener on close; Escape closes.
 * `<Dialog open={o} onOpenChange={setO} title="New review" footer={<Button …/>}>…</Dialog>`
 * For a form, put the <form> in children and give the submit button `form="<form id>"` in the footer.
 */
import { X } from 'lucide-react';
import { Dialog as RadixDialog } from 'radix-ui';
import type { ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** Accessible label of the close (X) button. */
  closeLabel: string;
  width?: 'sm' | 'md' | 'lg';
}

export function Dialog({ open, onOpenChange, title, description, children, footer, closeLabel, width = 'md' }: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog__overlay" />
        <RadixDialog.Content className={`dialog dialog--${width}`} {...(description ? {} : { 'aria-describedby': undefined })}>
          <div className="dialog__header">
            <RadixDialog.Title className="dialog__title">{title}</RadixDialog.Title>
            <RadixDialog.Close className="btn btn--ghost btn--icon btn--sm" aria-label={closeLabel}>
              <X size={16} aria-hidden="true" />
            </RadixDialog.Close>
          </div>
          {description ? <RadixDialog.Description className="dialog__description">{description}</RadixDialog.Description> : null}
          {children ? <div className="dialog__body">{children}</div> : null}
          {footer ? <div className="dialog__footer">{footer}</div> : null}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
