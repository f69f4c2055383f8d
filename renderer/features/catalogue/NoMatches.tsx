/** What a catalogue list shows when the search and filters leave nothing: say so and offer to clear them. */
import { SearchX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';

export function NoMatches({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation('catalogue');
  return (
    <EmptyState
      icon={<SearchX size={24} />}
      title={t('noMatches.title')}
      level={3}
      actions={<Button onClick={onClear}>{t('noMatches.clear')}</Button>}
    >
      <p>{t('noMatches.body')}</p>
    </EmptyState>
  );
}
