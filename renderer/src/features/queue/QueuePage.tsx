import { Alert, Button, Typography, type InputRef } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DossierDetailPanel } from './DossierDetailPanel';
import { DossierList, type DossierListHandle } from './DossierList';
import { QueueFilterBar } from './QueueFilterBar';
import { filtersFromHash, useQueueFilters } from './queue-filters-store';
import { useDossierList } from './use-dossier-list';
import { useScannedDossier } from './use-scanned-dossier';
import './queue.css';

/** Applies the filters a link asks for (`#/queue?due=overdue`), now and whenever the hash changes. */
function useFiltersFromHash() {
  useEffect(() => {
    const apply = () => {
      const requested = filtersFromHash(window.location.hash);
      if (requested) useQueueFilters.getState().replaceFilters(requested);
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);
}

/** Ctrl+F or "/" (outside a text field) puts the cursor in the search box. */
function useSearchShortcut(search: React.RefObject<InputRef | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, [contenteditable="true"]') !== null && target !== null;
      if ((event.ctrlKey && !event.altKey && event.key.toLowerCase() === 'f') || (event.key === '/' && !typing && !event.ctrlKey && !event.altKey)) {
        event.preventDefault();
        search.current?.focus({ cursor: 'all' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [search]);
}

/** The queue fills the window down to its bottom edge, so the list scrolls and not the page. */
function useFillWindow(section: React.RefObject<HTMLElement | null>): number | undefined {
  const [height, setHeight] = useState<number>();
  useLayoutEffect(() => {
    const fit = () => {
      const top = section.current ? section.current.getBoundingClientRect().top + window.scrollY : 0;
      setHeight(Math.max(460, window.innerHeight - top - 20));
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [section]);
  return height;
}

/** Hàng đợi: every dossier of the ward, by deadline, with filters, search and the detail panel. */
export function QueuePage() {
  useFiltersFromHash();
  const filters = useQueueFilters((state) => state.filters);
  const list = useDossierList(filters);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const searchRef = useRef<InputRef>(null);
  const listRef = useRef<DossierListHandle>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useSearchShortcut(searchRef);
  const height = useFillWindow(sectionRef);

  const selected = selectedId && list.items.some((item) => item.id === selectedId) ? selectedId : (list.items[0]?.id ?? null);

  const select = useCallback((id: string) => {
    setSelectedId(id);
    // With the panel open, it follows the selection.
    setOpenId((open) => (open ? id : open));
  }, []);

  const openDossier = useCallback((id: string) => {
    setSelectedId(id);
    setOpenId(id);
  }, []);
  const scanned = useScannedDossier(openDossier);

  const { loadMore } = list;
  const onEndReached = useCallback(() => void loadMore(), [loadMore]);

  return (
    <section ref={sectionRef} style={{ height }} className="desk-page queue-page" aria-labelledby="page-title" data-testid="queue-screen">
      <div className="queue-heading">
        <Typography.Title level={2} id="page-title" className="desk-page-title">
          Hàng đợi hồ sơ
        </Typography.Title>
        <Typography.Text type="secondary" className="queue-keys-hint">
          <kbd>↑</kbd> <kbd>↓</kbd> chọn hồ sơ · <kbd>Enter</kbd> hoặc nhấp chuột xem chi tiết · <kbd>/</kbd> hoặc <kbd>Ctrl</kbd>+<kbd>F</kbd> tìm kiếm
        </Typography.Text>
      </div>
      {scanned.notice ? (
        <Alert type="warning" showIcon closable={{ onClose: scanned.clearNotice, 'aria-label': 'Đóng thông báo' }} title={scanned.notice} data-testid="queue-scan-notice" />
      ) : null}
      <QueueFilterBar ref={searchRef} total={list.items.length} more={list.nextCursor !== null} />
      {list.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={list.error}
          action={
            <Button size="small" onClick={() => void list.refresh()}>
              Thử lại
            </Button>
          }
        />
      ) : null}
      <DossierList
        ref={listRef}
        items={list.items}
        selectedId={selected}
        loading={list.loading}
        hasMore={list.nextCursor !== null}
        onSelect={select}
        onOpen={(id) => {
          setSelectedId(id);
          setOpenId(id);
        }}
        onEndReached={onEndReached}
      />
      <DossierDetailPanel
        dossierId={openId}
        onClose={() => {
          setOpenId(null);
          listRef.current?.focus();
        }}
      />
    </section>
  );
}
