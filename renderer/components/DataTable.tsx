/**
 * DataTable: a dense, keyboard-usable table (TanStack Table core, sorting controlled by the caller).
 *   <DataTable label="Reviews" data={rows} getRowId={(r) => r.id} columns={[
 *     { id: 'title', header: 'Title', cell: (r) => r.title, sortable: true },
 *   ]} sorting={{ id: 'title', desc: false }} onSortingChange={…}
 *     selectedId={id} onSelect={…} onOpen={…} onRowKeyDown={(e, id) => …} />
 * Keyboard: Tab reaches the selected row (one tab stop); ↑/↓/Home/End move the selection; Enter or double-click
 * opens; other keys go to `onRowKeyDown` (e.g. Delete, F2). Sortable headers are buttons and carry aria-sort.
 */
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from './Button';

export interface DataColumn<T> {
  readonly id: string;
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  readonly sortable?: boolean;
  /** Direction used when the user first sorts by this column (default ascending). */
  readonly firstSortDesc?: boolean;
  /** CSS width, e.g. "140px" or "30%". */
  readonly width?: string;
  readonly className?: string;
}

export interface SortState {
  readonly id: string;
  readonly desc: boolean;
}

export interface DataTableProps<T> {
  label: string;
  data: readonly T[];
  columns: readonly DataColumn<T>[];
  getRowId: (row: T) => string;
  sorting?: SortState;
  onSortingChange?: (sorting: SortState) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen?: (id: string) => void;
  onRowKeyDown?: (event: KeyboardEvent<HTMLTableRowElement>, id: string) => void;
  /** Accessible hint for sort buttons, e.g. "Sort by {column}"; receives the column header. */
  sortLabel?: (header: string) => string;
}

export function DataTable<T>(props: DataTableProps<T>) {
  const { label, data, columns, getRowId, sorting, onSortingChange, selectedId, onSelect, onOpen, onRowKeyDown, sortLabel } = props;
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const defs = useMemo<ColumnDef<T>[]>(
    () => columns.map((c) => ({ id: c.id, header: c.header, cell: (ctx) => c.cell(ctx.row.original), enableSorting: c.sortable ?? false })),
    [columns],
  );
  const table = useReactTable<T>({
    data: data as T[],
    columns: defs,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => getRowId(row),
    manualSorting: true,
    state: { sorting: sorting ? [sorting] : [] },
  });
  const rows = table.getRowModel().rows;
  const tabStop = selectedId !== null && rows.some((r) => r.id === selectedId) ? selectedId : (rows[0]?.id ?? null);

  const move = (from: string, delta: number | 'first' | 'last') => {
    const i = rows.findIndex((r) => r.id === from);
    const j = delta === 'first' ? 0 : delta === 'last' ? rows.length - 1 : Math.min(rows.length - 1, Math.max(0, i + delta));
    const next = rows[j];
    if (!next) return;
    onSelect(next.id);
    rowRefs.current.get(next.id)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    const keys: Record<string, number | 'first' | 'last'> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last', PageDown: 10, PageUp: -10 };
    const delta = keys[e.key];
    if (delta !== undefined) {
      e.preventDefault();
      move(id, delta);
    } else if (e.key === 'Enter' && onOpen) {
      e.preventDefault();
      onOpen(id);
    } else {
      onRowKeyDown?.(e, id);
    }
  };

  return (
    <div className="data-table">
      <table aria-label={label}>
        <colgroup>
          {columns.map((c) => <col key={c.id} style={c.width ? { width: c.width } : undefined} />)}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => {
                const col = columns.find((c) => c.id === h.column.id);
                const active = sorting?.id === h.column.id;
                const ariaSort = active ? (sorting.desc ? 'descending' : 'ascending') : col?.sortable ? 'none' : undefined;
                return (
                  <th key={h.id} scope="col" aria-sort={ariaSort} className={col?.className}>
                    {col?.sortable && onSortingChange ? (
                      <button
                        type="button"
                        className="data-table__sort"
                        title={sortLabel?.(col.header)}
                        onClick={() => onSortingChange({ id: col.id, desc: active ? !sorting.desc : (col.firstSortDesc ?? false) })}
                      >
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        {active ? (sorting.desc ? <ArrowDown size={12} aria-hidden="true" /> : <ArrowUp size={12} aria-hidden="true" />) : null}
                      </button>
                    ) : (
                      flexRender(h.column.columnDef.header, h.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => {
            const selected = row.id === selectedId;
            return (
              <tr
                key={row.id}
                ref={(el) => {
                  if (el) rowRefs.current.set(row.id, el);
                  else rowRefs.current.delete(row.id);
                }}
                tabIndex={row.id === tabStop ? 0 : -1}
                aria-selected={selected}
                className={cx('data-table__row', selected && 'is-selected')}
                onClick={() => onSelect(row.id)}
                onFocus={(e) => {
                  if (e.target === e.currentTarget && !selected) onSelect(row.id);
                }}
                onDoubleClick={() => onOpen?.(row.id)}
                onKeyDown={(e) => {
                  if (e.target === e.currentTarget) onKeyDown(e, row.id);
                }}
              >
                {row.getVisibleCells().map((cell) => {
                  const col = columns.find((c) => c.id === cell.column.id);
                  return (
                    <td key={cell.id} className={col?.className}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
