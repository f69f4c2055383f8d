/**
 * One catalogue tab's layout: a toolbar (search, filters), a live count, the list on the left and the selected
 * entry's details on the right. The details' heading takes focus when an entry is opened (`focusTick` changes and
 * `takeFocus()` confirms a pending request); Escape inside the details returns focus to the list's selected row.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from '../../components/Button';

export interface DetailContent {
  readonly heading: ReactNode;
  /** Line under the heading (badges, version …). */
  readonly meta?: ReactNode;
  readonly body: ReactNode;
  /** Muted styling for historical instruments. */
  readonly historical?: boolean;
}

export interface MasterDetailProps {
  toolbar: ReactNode;
  count: string;
  list: ReactNode;
  detail: DetailContent | null;
  detailKey: string | null;
  placeholder: string;
  hint: string;
  focusTick: number;
  takeFocus: () => boolean;
}

export function MasterDetail({ toolbar, count, list, detail, detailKey, placeholder, hint, focusTick, takeFocus }: MasterDetailProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const detailRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (detailRef.current) detailRef.current.scrollTop = 0;
    listRef.current?.querySelector('tbody tr[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [detailKey]);

  useEffect(() => {
    if (detailKey !== null && takeFocus()) headingRef.current?.focus();
  }, [detailKey, focusTick, takeFocus]);

  const onDetailKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const row = listRef.current?.querySelector<HTMLElement>('tbody tr[aria-selected="true"]') ?? listRef.current?.querySelector<HTMLElement>('tbody tr[tabindex="0"]');
    if (!row) return;
    e.preventDefault();
    row.focus();
  };

  return (
    <div className="catalogue-tab">
      <div className="catalogue-toolbar">{toolbar}</div>
      <div className="catalogue-tab__status">
        <p className="catalogue-count" aria-live="polite">{count}</p>
        <p className="catalogue-hint">{hint}</p>
      </div>
      <div className="catalogue-split">
        <div className="catalogue-split__list" ref={listRef}>{list}</div>
        <section
          ref={detailRef}
          className={cx('catalogue-split__detail', detail?.historical && 'catalogue-detail--historical')}
          aria-labelledby={detail ? headingId : undefined}
          aria-label={detail ? undefined : placeholder}
          tabIndex={0}
          onKeyDown={onDetailKeyDown}
        >
          {detail ? (
            <article className="catalogue-detail">
              <header className="catalogue-detail__header">
                <h2 id={headingId} ref={headingRef} tabIndex={-1}>{detail.heading}</h2>
                {detail.meta ? <div className="catalogue-detail__meta">{detail.meta}</div> : null}
              </header>
              {detail.body}
            </article>
          ) : (
            <p className="catalogue-placeholder">{placeholder}</p>
          )}
        </section>
      </div>
    </div>
  );
}
