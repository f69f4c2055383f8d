/**
 * The review dialogs that can open from anywhere (Ctrl/Cmd+N, F2, Delete): create, rename and delete-confirm.
 * The confirmation stays mounted and is closed through `open`, so Radix finishes its own clean-up (focus return,
 * pointer events) before the Undo toast appears.
 */
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { ReviewFormDialog } from './ReviewFormDialog';

const EMPTY = { title: '', vendorName: '', productName: '' };

export function ReviewDialogs() {
  const { t } = useTranslation('reviews');
  const store = useAppStoreApi();
  const dialog = useAppStore((s) => s.dialog);
  const target = useAppStore((s) => (dialog && dialog.kind !== 'create-review' ? s.reviews.find((r) => r.id === dialog.id) : undefined));
  const close = () => store.getState().closeDialog();
  const deleteTarget = dialog?.kind === 'delete-review' ? target : undefined;

  return (
    <>
      {dialog?.kind === 'create-review' ? (
        <ReviewFormDialog
          mode="create"
          initial={EMPTY}
          onClose={close}
          onSubmit={async (values) => {
            const r = await store.getState().createReview(values);
            if (r) {
              store.getState().setReviewsView({ selectedId: r.id, query: '' });
              store.getState().pushToast({ tone: 'success', message: { key: 'reviews:toast.created', values: { title: r.title } } });
            }
            return r !== null;
          }}
        />
      ) : null}
      {dialog?.kind === 'rename-review' && target ? (
        <ReviewFormDialog
          key={target.id}
          mode="rename"
          initial={{ title: target.title, vendorName: target.vendorName, productName: target.productName }}
          onClose={close}
          onSubmit={async (values) => (await store.getState().renameReview(target.id, values)) !== null}
        />
      ) : null}
      <ConfirmDialog
        open={deleteTarget !== undefined}
        onOpenChange={(open) => {
          if (!open) close();
        }}
        tone="danger"
        title={t('delete.title', { title: deleteTarget?.title ?? '' })}
        description={t('delete.description')}
        confirmLabel={t('delete.confirm')}
        cancelLabel={t('common:action.cancel')}
        onConfirm={() => {
          if (!deleteTarget) return;
          const id = deleteTarget.id;
          close();
          void store.getState().deleteReview(id);
        }}
      />
    </>
  );
}
