import { Empty, Spin } from 'antd';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DossierListItem } from '../../../../shared/api';
import { overdueText } from '../../../../shared/processing-time-text';
import { StatusTag } from './status-tag';
import { vnDateTime } from '../../ui/vietnam-time';

const ROW_HEIGHT = 56;
const OVERSCAN = 8;
/** Ask for the next page when fewer than this many rows are left below the window. */
const LOAD_AHEAD = 15;

export interface DossierListHandle {
  focus: () => void;
}

interface Props {
  items: DossierListItem[];
  selectedId: string | null;
  loading: boolean;
  hasMore: boolean;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onEndReached: () => void;
}

const COLUMNS = ['Mã hồ sơ', 'Người nộp', 'Thủ tục', 'Trạng thái', 'Ngày nhận', 'Hạn trả'];

/** The queue as a windowed grid: only the visible rows are in the page, the rest load on scroll. */
export const DossierList = forwardRef<DossierListHandle, Props>(function DossierList(
  { items, selectedId, loading, hasMore, onSelect, onOpen, onEndReached },
  ref,
) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(480);

  useImperativeHandle(ref, () => ({ focus: () => scroller.current?.focus() }), []);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight));
    observer.observe(element);
    setViewport(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);

  useEffect(() => {
    if (hasMore && !loading && last + LOAD_AHEAD >= items.length) onEndReached();
  }, [hasMore, loading, last, items.length, onEndReached]);

  const selectedIndex = items.findIndex((item) => item.id === selectedId);

  /** Keeps the selected row inside the window when the keyboard moves it. */
  const reveal = useCallback((index: number) => {
    const element = scroller.current;
    if (!element) return;
    const top = index * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!items.length) return;
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = Math.min(items.length - 1, selectedIndex + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, selectedIndex - 1);
    else if (event.key === 'PageDown') next = Math.min(items.length - 1, selectedIndex + page);
    else if (event.key === 'PageUp') next = Math.max(0, selectedIndex - page);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Enter' && selectedId) {
      event.preventDefault();
      onOpen(selectedId);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    onSelect(items[next]!.id);
    reveal(next);
  };

  return (
    <div className="queue-grid" role="grid" aria-label="Danh sách hồ sơ" aria-rowcount={items.length + 1} aria-busy={loading}>
      <div className="queue-grid-row queue-grid-head" role="row" aria-rowindex={1}>
        {COLUMNS.map((column) => (
          <div key={column} role="columnheader" className="queue-grid-cell">
            {column}
          </div>
        ))}
      </div>
      <div
        ref={scroller}
        className="queue-grid-body"
        tabIndex={0}
        role="rowgroup"
        aria-activedescendant={selectedId ? `queue-row-${selectedId}` : undefined}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        data-testid="queue-list"
      >
        {items.length === 0 && !loading ? (
          <Empty className="queue-empty" description="Không có hồ sơ nào khớp bộ lọc." />
        ) : null}
        <div style={{ height: items.length * ROW_HEIGHT, position: 'relative' }}>
          {items.slice(first, last).map((item, offset) => {
            const index = first + offset;
            const selected = item.id === selectedId;
            return (
              <div
                key={item.id}
                id={`queue-row-${item.id}`}
                role="row"
                aria-rowindex={index + 2}
                aria-selected={selected}
                className={`queue-grid-row queue-grid-item${selected ? ' is-selected' : ''}${item.overdueMinutes ? ' is-overdue' : ''}`}
                style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
                data-testid="queue-row"
                data-code={item.code}
                // A click opens the dossier, as a new officer expects; the keys select first (↑/↓, Enter).
                onClick={() => onOpen(item.id)}
              >
                <div role="gridcell" className="queue-grid-cell queue-code">
                  {item.code}
                </div>
                <div role="gridcell" className="queue-grid-cell queue-applicant" title={item.applicantName}>
                  {item.applicantName}
                </div>
                <div role="gridcell" className="queue-grid-cell queue-procedure" title={item.procedureName}>
                  {item.procedureName}
                </div>
                <div role="gridcell" className="queue-grid-cell">
                  <StatusTag status={item.status} name={item.statusName} />
                </div>
                <div role="gridcell" className="queue-grid-cell queue-time">
                  {vnDateTime(item.receivedAt)}
                </div>
                <div role="gridcell" className="queue-grid-cell queue-due">
                  <span className="queue-time">{item.dueAt ? vnDateTime(item.dueAt) : '—'}</span>
                  {item.overdueMinutes ? <span className="queue-overdue">{overdueText(item.overdueMinutes)}</span> : null}
                </div>
              </div>
            );
          })}
        </div>
        {loading && items.length === 0 ? (
          <div className="queue-loading">
            <Spin />
          </div>
        ) : null}
      </div>
    </div>
  );
});
