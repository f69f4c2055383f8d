/**
 * View state: the current route, toasts, which dialog is open and how the reviews list is filtered and sorted.
 * Toast and dialog texts are i18n keys, so the store stays language-agnostic.
 */
import type { SliceCreator } from './types';

export type Route =
  | { readonly name: 'reviews' }
  | { readonly name: 'review'; readonly id: string }
  /** `tab` and `id` deep-link into the catalogue browser (`#/catalogue/rules/SC-01`); both optional. */
  | { readonly name: 'catalogue'; readonly tab?: CatalogueTab; readonly id?: string }
  | { readonly name: 'settings' };

/** Tabs of the catalogue browser. */
export type CatalogueTab = 'rules' | 'instruments' | 'mitigations';

export interface ToastMessage {
  /** i18n key with namespace, e.g. "reviews:toast.deleted". */
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

export interface Toast {
  readonly id: string;
  readonly tone: 'info' | 'success' | 'error';
  readonly message: ToastMessage;
  /** e.g. Undo. */
  readonly action?: { readonly label: ToastMessage; readonly run: () => void };
}

export type DialogState =
  | { readonly kind: 'create-review' }
  | { readonly kind: 'rename-review'; readonly id: string }
  | { readonly kind: 'delete-review'; readonly id: string };

export type ReviewSortKey = 'updatedAt' | 'createdAt' | 'title' | 'vendorName' | 'productName';

export interface ReviewsView {
  readonly query: string;
  readonly sort: { readonly key: ReviewSortKey; readonly desc: boolean };
  readonly showArchived: boolean;
  readonly selectedId: string | null;
}

export interface UiSlice {
  route: Route;
  toasts: readonly Toast[];
  dialog: DialogState | null;
  reviewsView: ReviewsView;
  navigate: (route: Route) => void;
  pushToast: (toast: Omit<Toast, 'id'>) => string;
  dismissToast: (id: string) => void;
  openDialog: (dialog: DialogState) => void;
  closeDialog: () => void;
  setReviewsView: (patch: Partial<ReviewsView>) => void;
}

const MAX_TOASTS = 4;

export const DEFAULT_REVIEWS_VIEW: ReviewsView = { query: '', sort: { key: 'updatedAt', desc: true }, showArchived: false, selectedId: null };

export function createUiSlice(newId: () => string): SliceCreator<UiSlice> {
  return (set) => ({
    route: { name: 'reviews' },
    toasts: [],
    dialog: null,
    reviewsView: DEFAULT_REVIEWS_VIEW,
    navigate: (route) => set({ route }),
    pushToast: (toast) => {
      const id = newId();
      // A new confirmation replaces older ones; errors and toasts with an action (Undo) stay until they expire.
      const replaceable = (t: Toast) => toast.tone === 'success' && t.tone === 'success' && !t.action;
      set((s) => ({ toasts: [...s.toasts.filter((t) => !replaceable(t)), { ...toast, id }].slice(-MAX_TOASTS) }));
      return id;
    },
    dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    setReviewsView: (patch) => set((s) => ({ reviewsView: { ...s.reviewsView, ...patch } })),
  });
}
