/** The Reviews screen's empty states: first run (what Airlock does and what to do first) and "nothing matches". */
import { ClipboardList, SearchX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';

export function FirstRunEmptyState({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation('reviews');
  return (
    <EmptyState
      icon={<ClipboardList size={28} />}
      title={t('empty.title')}
      actions={
        <Button variant="primary" onClick={onCreate}>
          {t('newReview')}
        </Button>
      }
    >
      <p>{t('empty.what')}</p>
      <ol>
        <li>{t('empty.step1')}</li>
        <li>{t('empty.step2')}</li>
        <li>{t('empty.step3')}</li>
      </ol>
      <p>{t('empty.offline')}</p>
    </EmptyState>
  );
}

export function NoResultsState({ query, onClear, archivedOnly, onShowArchived }: { query: string; onClear: () => void; archivedOnly: boolean; onShowArchived: () => void }) {
  const { t } = useTranslation('reviews');
  if (!query.trim() && archivedOnly) {
    return (
      <EmptyState icon={<SearchX size={28} />} title={t('noActive.title')} actions={<Button onClick={onShowArchived}>{t('showArchived')}</Button>}>
        <p>{t('noActive.body')}</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState icon={<SearchX size={28} />} title={t('noResults.title', { query: query.trim() })} actions={<Button onClick={onClear}>{t('noResults.clear')}</Button>}>
      <p>{t('noResults.body')}</p>
    </EmptyState>
  );
}
