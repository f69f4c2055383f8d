/** Which reviews the list shows, and in what order: search (title/vendor/product), archived filter and sort. */
import type { Review } from '../../../shared/review/types';
import type { ReviewsView } from '../../store/ui-slice';

export function visibleReviews(reviews: readonly Review[], view: Pick<ReviewsView, 'query' | 'sort' | 'showArchived'>, locale: string): Review[] {
  const q = view.query.trim().toLocaleLowerCase(locale);
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const { key, desc } = view.sort;
  const rows = reviews.filter(
    (r) =>
      (view.showArchived || r.archivedAt === null) &&
      (!q || [r.title, r.vendorName, r.productName].some((f) => f.toLocaleLowerCase(locale).includes(q))),
  );
  rows.sort((a, b) => {
    const primary = key === 'createdAt' || key === 'updatedAt' ? a[key].localeCompare(b[key]) : collator.compare(a[key], b[key]);
    // Ties keep a stable, meaningful order: newest change first.
    const result = primary !== 0 ? primary : b.updatedAt.localeCompare(a.updatedAt) * (desc ? -1 : 1);
    return desc ? -result : result;
  });
  return rows;
}
