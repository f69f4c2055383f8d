/** The top of a review: back link, title, vendor · product, created/updated dates, archived badge and actions. */
import { ArrowLeft, Pencil } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../shared/review/types';
import { routeToHash } from '../../app/routes';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { formatDateTime } from '../../i18n/format';
import { ExportButton } from '../export/ExportButton';
import { useReviewActions } from '../reviews/use-review-actions';

export function ReviewHeader({ review }: { review: Review }) {
  const { t, i18n } = useTranslation('review');
  const actions = useReviewActions();
  const lang = i18n.language;
  return (
    <header className="review-header">
      <a className="review-header__back" href={routeToHash({ name: 'reviews' })}>
        <ArrowLeft size={14} aria-hidden="true" />
        {t('backToReviews')}
      </a>
      <div className="review-header__row">
        <div className="review-header__titles">
          <h1 tabIndex={-1}>
            {review.title} {review.archivedAt ? <Badge>{t('reviews:archivedBadge')}</Badge> : null}
          </h1>
          <dl className="review-header__meta">
            <div>
              <dt>{t('reviews:field.vendor')}</dt>
              <dd>{review.vendorName || '—'}</dd>
            </div>
            <div>
              <dt>{t('reviews:field.product')}</dt>
              <dd>{review.productName || '—'}</dd>
            </div>
            <div>
              <dt>{t('reviews:field.created')}</dt>
              <dd>{formatDateTime(review.createdAt, lang)}</dd>
            </div>
            <div>
              <dt>{t('reviews:field.updated')}</dt>
              <dd>{formatDateTime(review.updatedAt, lang)}</dd>
            </div>
          </dl>
        </div>
        <div className="review-header__actions">
          <Button icon={<Pencil />} onClick={() => actions.rename(review.id)}>
            {t('reviews:action.rename')}
          </Button>
          <ExportButton review={review} />
        </div>
      </div>
    </header>
  );
}
