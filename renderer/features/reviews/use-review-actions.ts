/** The actions a user can take on one review, shared by the toolbar, the keyboard and (later) the review page. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/store-context';

export interface ReviewActions {
  open: (id: string) => void;
  rename: (id: string) => void;
  duplicate: (id: string) => Promise<void>;
  setArchived: (id: string, archived: boolean) => Promise<void>;
  askDelete: (id: string) => void;
}

export function useReviewActions(): ReviewActions {
  const store = useAppStoreApi();
  const { t } = useTranslation('reviews');
  const duplicate = useCallback(
    async (id: string) => {
      const copy = await store.getState().duplicateReview(id, t('copySuffix'));
      if (copy) {
        store.getState().setReviewsView({ selectedId: copy.id });
        store.getState().pushToast({ tone: 'success', message: { key: 'reviews:toast.duplicated', values: { title: copy.title } } });
      }
    },
    [store, t],
  );
  const setArchived = useCallback(
    async (id: string, archived: boolean) => {
      const r = await store.getState().setArchived(id, archived);
      if (r) {
        store.getState().pushToast({ tone: 'success', message: { key: archived ? 'reviews:toast.archived' : 'reviews:toast.unarchived', values: { title: r.title } } });
      }
    },
    [store],
  );
  return useMemo(
    () => ({
      open: (id: string) => store.getState().navigate({ name: 'review', id }),
      rename: (id: string) => store.getState().openDialog({ kind: 'rename-review', id }),
      askDelete: (id: string) => store.getState().openDialog({ kind: 'delete-review', id }),
      duplicate,
      setArchived,
    }),
    [store, duplicate, setArchived],
  );
}
