/** Above the table: search, "Show archived", and the actions for the selected review (open, rename, duplicate, archive, delete). */
import { Archive, ArchiveRestore, Copy, FolderOpen, Pencil, Trash2 } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../shared/review/types';
import { Checkbox } from '../../components/Checkbox';
import { IconButton } from '../../components/IconButton';
import { SearchField } from '../../components/SearchField';
import type { ReviewActions } from './use-review-actions';

export interface ReviewsToolbarProps {
  query: string;
  onQueryChange: (q: string) => void;
  showArchived: boolean;
  onShowArchivedChange: (v: boolean) => void;
  selected: Review | null;
  actions: ReviewActions;
  searchRef: Ref<HTMLInputElement>;
}

export function ReviewsToolbar({ query, onQueryChange, showArchived, onShowArchivedChange, selected, actions, searchRef }: ReviewsToolbarProps) {
  const { t } = useTranslation('reviews');
  const id = selected?.id;
  return (
    <div className="reviews-toolbar">
      <SearchField ref={searchRef} label={t('searchLabel')} value={query} onValueChange={onQueryChange} />
      <Checkbox label={t('showArchived')} checked={showArchived} onCheckedChange={onShowArchivedChange} />
      <div className="reviews-toolbar__actions" role="group" aria-label={t('selectedActions')}>
        <IconButton label={t('action.open')} shortcut="Enter" icon={<FolderOpen />} disabled={!id} onClick={() => id && actions.open(id)} />
        <IconButton label={t('action.rename')} shortcut="F2" icon={<Pencil />} disabled={!id} onClick={() => id && actions.rename(id)} />
        <IconButton label={t('action.duplicate')} icon={<Copy />} disabled={!id} onClick={() => id && void actions.duplicate(id)} />
        {selected?.archivedAt ? (
          <IconButton label={t('action.unarchive')} icon={<ArchiveRestore />} onClick={() => id && void actions.setArchived(id, false)} />
        ) : (
          <IconButton label={t('action.archive')} icon={<Archive />} disabled={!id} onClick={() => id && void actions.setArchived(id, true)} />
        )}
        <IconButton label={t('action.delete')} shortcut="Delete" icon={<Trash2 />} disabled={!id} onClick={() => id && actions.askDelete(id)} />
      </div>
    </div>
  );
}
