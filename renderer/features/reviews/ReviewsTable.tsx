/** The reviews table: title (with an "Archived" badge), vendor, product, created and updated; sortable headers. */
import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../shared/review/types';
import { Badge } from '../../components/Badge';
import { DataTable, type DataColumn, type SortState } from '../../components/DataTable';
import { formatDateTime } from '../../i18n/format';
import type { ReviewSortKey } from '../../store/ui-slice';

export interface ReviewsTableProps {
  rows: readonly Review[];
  sort: { key: ReviewSortKey; desc: boolean };
  onSortChange: (sort: { key: ReviewSortKey; desc: boolean }) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onRowKeyDown: (e: KeyboardEvent<HTMLTableRowElement>, id: string) => void;
}

const SORT_KEYS: readonly string[] = ['title', 'vendorName', 'productName', 'createdAt', 'updatedAt'] satisfies ReviewSortKey[];

export function ReviewsTable({ rows, sort, onSortChange, selectedId, onSelect, onOpen, onRowKeyDown }: ReviewsTableProps) {
  const { t, i18n } = useTranslation('reviews');
  const lang = i18n.language;
  const columns = useMemo<DataColumn<Review>[]>(
    () => [
      {
        id: 'title',
        header: t('field.title'),
        sortable: true,
        width: '34%',
        cell: (r) => (
          <span className="review-title-cell">
            <span className="review-title-cell__text">{r.title}</span>
            {r.archivedAt ? <Badge>{t('archivedBadge')}</Badge> : null}
          </span>
        ),
      },
      { id: 'vendorName', header: t('field.vendor'), sortable: true, cell: (r) => r.vendorName || <span className="cell--muted">—</span> },
      { id: 'productName', header: t('field.product'), sortable: true, cell: (r) => r.productName || <span className="cell--muted">—</span> },
      { id: 'createdAt', header: t('field.created'), sortable: true, firstSortDesc: true, width: '170px', className: 'cell--num', cell: (r) => formatDateTime(r.createdAt, lang) },
      { id: 'updatedAt', header: t('field.updated'), sortable: true, firstSortDesc: true, width: '170px', className: 'cell--num', cell: (r) => formatDateTime(r.updatedAt, lang) },
    ],
    [t, lang],
  );
  const sorting: SortState = { id: sort.key, desc: sort.desc };
  return (
    <DataTable
      label={t('tableLabel')}
      data={rows}
      columns={columns}
      getRowId={(r) => r.id}
      sorting={sorting}
      onSortingChange={(s) => {
        if (SORT_KEYS.includes(s.id)) onSortChange({ key: s.id as ReviewSortKey, desc: s.desc });
      }}
      sortLabel={(header) => t('sortBy', { column: header })}
      selectedId={selectedId}
      onSelect={onSelect}
      onOpen={onOpen}
      onRowKeyDown={onRowKeyDown}
    />
  );
}
