/**
 * The Reviews screen: every review in a dense table with search, sort, archive filter and actions. Keyboard: Ctrl/Cmd+F
 * focuses search; in the table ↑/↓ select, Enter opens, F2 renames, Delete asks to delete.
 */
import { Plus } from 'lucide-react';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortcut } from '../../app/use-shortcut';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { visibleReviews } from './filter-reviews';
import { FirstRunEmptyState, NoResultsState } from './ReviewsEmpty';
import { ReviewsTable } from './ReviewsTable';
import { ReviewsToolbar } from './ReviewsToolbar';
import { useReviewActions } from './use-review-actions';
import { usePageTitle } from '../../app/use-page-title';
import { ImportButton } from '../import/ImportButton';

export function ReviewsScreen() {
  const { t, i18n } = useTranslation('reviews');
  const store = useAppStoreApi();
  const reviews = useAppStore((s) => s.reviews);
  const status = useAppStore((s) => s.reviewsStatus);
  const view = useAppStore((s) => s.reviewsView);
  const actions = useReviewActions();
  const searchRef = useRef<HTMLInputElement>(null);
  usePageTitle(t('title'));
  useShortcut({ key: 'f', mod: true }, () => searchRef.current?.focus());

  const rows = useMemo(() => visibleReviews(reviews, view, i18n.language), [reviews, view, i18n.language]);
  const selected = rows.find((r) => r.id === view.selectedId) ?? null;
  const setView = store.getState().setReviewsView;
  const create = () => store.getState().openDialog({ kind: 'create-review' });

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (e.key === 'F2') {
      e.preventDefault();
      actions.rename(id);
    } else if (e.key === 'Delete' || (e.key === 'Backspace' && e.metaKey)) {
      e.preventDefault();
      actions.askDelete(id);
    }
  };

  const loading = status === 'idle' || status === 'loading';
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 tabIndex={-1}>{t('title')}</h1>
          <p className="page__subtitle" aria-live="polite">
            {loading || reviews.length === 0 ? '' : t('count', { count: rows.length })}
          </p>
        </div>
        <div className="page__actions">
          <ImportButton />
          <Button variant="primary" icon={<Plus />} onClick={create} title={t('newReviewShortcut')}>
            {t('newReview')}
          </Button>
        </div>
      </header>
      {loading ? (
        <Spinner label={t('loading')} />
      ) : reviews.length === 0 ? (
        <FirstRunEmptyState onCreate={create} />
      ) : (
        <>
          <ReviewsToolbar
            query={view.query}
            onQueryChange={(query) => setView({ query })}
            showArchived={view.showArchived}
            onShowArchivedChange={(showArchived) => setView({ showArchived })}
            selected={selected}
            actions={actions}
            searchRef={searchRef}
          />
          {rows.length === 0 ? (
            <NoResultsState
              query={view.query}
              archivedOnly={!view.showArchived && reviews.every((r) => r.archivedAt !== null)}
              onClear={() => {
                setView({ query: '' });
                searchRef.current?.focus();
              }}
              onShowArchived={() => setView({ showArchived: true })}
            />
          ) : (
            <ReviewsTable
              rows={rows}
              sort={view.sort}
              onSortChange={(sort) => setView({ sort })}
              selectedId={selected?.id ?? null}
              onSelect={(selectedId) => setView({ selectedId })}
              onOpen={actions.open}
              onRowKeyDown={onRowKeyDown}
            />
          )}
        </>
      )}
    </div>
  );
}
