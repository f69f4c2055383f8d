/**
 * Cached list of reviews plus the actions that change them. Each action calls the repository (which applies the
 * change and writes the audit entry), then updates the cache. A failure becomes an error toast and returns null:
 * the cache only changes after the database did.
 */
import type { ChangeContext } from '../../shared/review/changes';
import type { Review, ReviewChange } from '../../shared/review/types';
import type { NewReviewInput } from '../db/reviews-repo';
import { actorOf, messageOf } from './settings-slice';
import type { SliceCreator, StoreDeps } from './types';

export type RenameFields = Pick<NewReviewInput, 'title' | 'vendorName' | 'productName'>;

export interface ReviewsSlice {
  reviews: readonly Review[];
  reviewsStatus: 'idle' | 'loading' | 'ready' | 'error';
  loadReviews: () => Promise<void>;
  createReview: (input: NewReviewInput) => Promise<Review | null>;
  renameReview: (id: string, fields: RenameFields) => Promise<Review | null>;
  duplicateReview: (id: string, copySuffix: string) => Promise<Review | null>;
  setArchived: (id: string, archived: boolean) => Promise<Review | null>;
  /** Moves it to the bin and offers Undo in a toast. */
  deleteReview: (id: string) => Promise<boolean>;
  restoreReview: (id: string) => Promise<Review | null>;
  /** Applies any content change (answers, sections, decisions, catalogue stamp) through the repository; null on failure. */
  changeReview: (id: string, change: ReviewChange) => Promise<Review | null>;
}

export function createReviewsSlice(deps: StoreDeps): SliceCreator<ReviewsSlice> {
  return (set, get) => {
    const ctx = (): ChangeContext => ({ now: deps.now(), actor: actorOf(get().settings), newId: deps.newId });
    const upsert = (r: Review) => set((s) => ({ reviews: [...s.reviews.filter((x) => x.id !== r.id), r] }));
    const fail = (e: unknown): null => {
      get().pushToast({ tone: 'error', message: { key: 'common:error.saveFailed', values: { message: messageOf(e) } } });
      return null;
    };
    const write = async (op: () => Promise<Review>): Promise<Review | null> => {
      try {
        const r = await op();
        upsert(r);
        return r;
      } catch (e) {
        return fail(e);
      }
    };

    return {
      reviews: [],
      reviewsStatus: 'idle',
      loadReviews: async () => {
        set({ reviewsStatus: 'loading' });
        try {
          set({ reviews: await deps.reviewsRepo.list(), reviewsStatus: 'ready' });
        } catch (e) {
          set({ reviewsStatus: 'error' });
          get().pushToast({ tone: 'error', message: { key: 'common:error.loadReviews', values: { message: messageOf(e) } } });
        }
      },
      createReview: (input) => write(() => deps.reviewsRepo.create(input, ctx())),
      renameReview: (id, fields) => write(() => deps.reviewsRepo.change(id, { type: 'rename', ...fields }, ctx())),
      duplicateReview: (id, copySuffix) => write(() => deps.reviewsRepo.duplicate(id, ctx(), copySuffix)),
      changeReview: (id, change) => write(() => deps.reviewsRepo.change(id, change, ctx())),
      setArchived: (id, archived) => write(() => deps.reviewsRepo.change(id, { type: archived ? 'archive' : 'unarchive' }, ctx())),
      deleteReview: async (id) => {
        try {
          const deleted = await deps.reviewsRepo.delete(id, ctx());
          set((s) => ({
            reviews: s.reviews.filter((r) => r.id !== id),
            reviewsView: s.reviewsView.selectedId === id ? { ...s.reviewsView, selectedId: null } : s.reviewsView,
          }));
          const toastId = get().pushToast({
            tone: 'info',
            message: { key: 'reviews:toast.deleted', values: { title: deleted.title } },
            action: {
              label: { key: 'common:action.undo' },
              run: () => {
                get().dismissToast(toastId);
                void get().restoreReview(id);
              },
            },
          });
          return true;
        } catch (e) {
          fail(e);
          return false;
        }
      },
      restoreReview: async (id) => {
        const r = await write(() => deps.reviewsRepo.restore(id, ctx()));
        if (r) {
          get().setReviewsView({ selectedId: r.id });
          get().pushToast({ tone: 'success', message: { key: 'reviews:toast.restored', values: { title: r.title } } });
        }
        return r;
      },
    };
  };
}
