/**
 * The review route (`#/reviews/<id>`): the review's header, then the workspace region. The questionnaire and live
 * results mount inside <ReviewWorkspaceSlot>: replace its body with `<ReviewWorkspace review={review} />`.
 */
import { ArrowLeft, FileQuestion } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/use-page-title';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Spinner } from '../../components/Spinner';
import { useAppStore } from '../../store/store-context';
import { ReviewHeader } from './ReviewHeader';
import { ReviewWorkspaceSlot } from './ReviewWorkspaceSlot';

export function ReviewScreen({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation('review');
  const review = useAppStore((s) => s.reviews.find((r) => r.id === reviewId));
  const status = useAppStore((s) => s.reviewsStatus);
  const navigate = useAppStore((s) => s.navigate);
  usePageTitle(review?.title ?? t('notFound.title'));

  if (!review) {
    if (status === 'idle' || status === 'loading') {
      return (
        <div className="page">
          <Spinner label={t('loading')} />
        </div>
      );
    }
    return (
      <div className="page">
        <h1 tabIndex={-1} className="visually-hidden">{t('notFound.title')}</h1>
        <EmptyState
          icon={<FileQuestion size={28} />}
          title={t('notFound.title')}
          actions={<Button icon={<ArrowLeft />} onClick={() => navigate({ name: 'reviews' })}>{t('backToReviews')}</Button>}
        >
          <p>{t('notFound.body')}</p>
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="page page--review">
      <ReviewHeader review={review} />
      <ReviewWorkspaceSlot review={review} />
    </div>
  );
}
