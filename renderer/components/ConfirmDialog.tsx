/**
 * ConfirmDialog: asks before a consequential action (Radix AlertDialog: focus starts on Cancel, Escape cancels).
 * `<ConfirmDialog open title="Delete review?" description="…" confirmLabel="Delete" cancelLabel="Cancel"
 *   tone="danger" onConfirm={…} onOpenChange={…} />`
 */
import { AlertDialog } from 'radix-ui';
import type { ReactNode } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  tone?: 'primary' | 'danger';
  onConfirm: () => void;
}

export function ConfirmDialog({ open, onOpenChange, title, description, confirmLabel, cancelLabel, tone = 'primary', onConfirm }: ConfirmDialogProps) {
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog__overlay" />
        <AlertDialog.Content className="dialog dialog--sm">
          <div className="dialog__header">
            <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
          </div>
          <AlertDialog.Description className="dialog__description">{description}</AlertDialog.Description>
          <div className="dialog__footer">
            <AlertDialog.Cancel className="btn btn--secondary btn--md">{cancelLabel}</AlertDialog.Cancel>
            <AlertDialog.Action className={`btn btn--${tone} btn--md`} onClick={onConfirm}>
              {confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
