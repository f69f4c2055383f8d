/**
 * Toasts: short notices in the bottom-right corner (Radix Toast: announced politely, F8 focuses them, pausing on
 * hover/focus). Errors stay until dismissed. Wrap the app once in <ToastProvider>, render <Toasts items … /> inside.
 * `items`: { id, tone: 'info' | 'success' | 'error', text, action?: { label, onAction } }.
 */
import { X } from 'lucide-react';
import { Toast } from 'radix-ui';

export const ToastProvider = Toast.Provider;

export interface ToastItem {
  readonly id: string;
  readonly tone: 'info' | 'success' | 'error';
  readonly text: string;
  readonly action?: { readonly label: string; onAction: () => void };
}

export interface ToastsProps {
  items: readonly ToastItem[];
  onDismiss: (id: string) => void;
  closeLabel: string;
  /** Landmark label of the toast region; `{hotkey}` is replaced by the key that focuses it. */
  regionLabel: string;
}

export function Toasts({ items, onDismiss, closeLabel, regionLabel }: ToastsProps) {
  return (
    <>
      {items.map((t) => (
        <Toast.Root
          key={t.id}
          className={`toast toast--${t.tone}`}
          type={t.tone === 'error' ? 'foreground' : 'background'}
          duration={t.tone === 'error' ? Number.POSITIVE_INFINITY : t.action ? 10_000 : 5_000}
          onOpenChange={(open) => {
            if (!open) onDismiss(t.id);
          }}
        >
          <Toast.Description className="toast__text">{t.text}</Toast.Description>
          {t.action ? (
            <Toast.Action className="btn btn--secondary btn--sm" altText={t.action.label} onClick={t.action.onAction}>
              {t.action.label}
            </Toast.Action>
          ) : null}
          <Toast.Close className="btn btn--ghost btn--icon btn--sm" aria-label={closeLabel}>
            <X size={14} aria-hidden="true" />
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="toast-viewport" label={regionLabel} />
    </>
  );
}
