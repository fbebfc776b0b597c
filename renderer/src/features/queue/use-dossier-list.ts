import { useCallback, useEffect, useRef, useState } from 'react';
import type { DossierListItem, InputOf } from '../../../../shared/api';
import { call, listenToDeskEvent, messageOf } from '../../api';
import type { QueueFilters } from './queue-filters-store';

const PAGE_SIZE = 50;
const MAX_PAGE = 200;

interface ListState {
  items: DossierListItem[];
  nextCursor: string | null;
  loading: boolean;
  error: string | null;
}

function listInput(filters: QueueFilters, limit: number, cursor?: string): InputOf<'dossiers.list'> {
  const search = filters.search.trim();
  const officer = filters.officer.trim();
  return {
    limit,
    ...(search ? { search } : {}),
    ...(filters.status.length ? { status: filters.status } : {}),
    ...(filters.due ? { due: filters.due } : {}),
    ...(filters.procedureCode ? { procedureCode: filters.procedureCode } : {}),
    ...(officer ? { officer } : {}),
    ...(filters.receivedFrom ? { receivedFrom: filters.receivedFrom } : {}),
    ...(filters.receivedTo ? { receivedTo: filters.receivedTo } : {}),
    ...(filters.indicator ? { indicator: filters.indicator } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/**
 * The queue's dossiers in the server's order (by deadline), page by page with the keyset cursor.
 * Reloads when the filters change and when the core says dossiers changed.
 */
export function useDossierList(filters: QueueFilters) {
  const [state, setState] = useState<ListState>({ items: [], nextCursor: null, loading: true, error: null });
  /** Bumped by every fresh load, so an older answer never overwrites a newer one. */
  const generation = useRef(0);
  const loaded = useRef(0);
  const loadingMore = useRef(false);

  const reload = useCallback(
    async (keepCount: boolean) => {
      const mine = ++generation.current;
      const limit = keepCount ? Math.min(MAX_PAGE, Math.max(PAGE_SIZE, loaded.current)) : PAGE_SIZE;
      setState((previous) => ({ ...previous, loading: true }));
      try {
        const page = await call('dossiers.list', listInput(filters, limit));
        if (mine !== generation.current) return;
        loaded.current = page.items.length;
        setState({ items: page.items, nextCursor: page.nextCursor, loading: false, error: null });
      } catch (failure) {
        if (mine !== generation.current) return;
        setState((previous) => ({ ...previous, loading: false, error: messageOf(failure) }));
      }
    },
    [filters],
  );

  const loadMore = useCallback(async () => {
    const cursor = state.nextCursor;
    if (!cursor || loadingMore.current || state.loading) return;
    loadingMore.current = true;
    const mine = generation.current;
    try {
      const page = await call('dossiers.list', listInput(filters, PAGE_SIZE, cursor));
      if (mine !== generation.current) return;
      setState((previous) => {
        const seen = new Set(previous.items.map((item) => item.id));
        const items = [...previous.items, ...page.items.filter((item) => !seen.has(item.id))];
        loaded.current = items.length;
        return { ...previous, items, nextCursor: page.nextCursor };
      });
    } catch (failure) {
      if (mine === generation.current) setState((previous) => ({ ...previous, error: messageOf(failure) }));
    } finally {
      loadingMore.current = false;
    }
  }, [filters, state.nextCursor, state.loading]);

  useEffect(() => {
    // Search typing is debounced; the other filters apply at once.
    const timer = window.setTimeout(() => void reload(false), 200);
    return () => window.clearTimeout(timer);
  }, [reload]);

  useEffect(() => listenToDeskEvent('dossiers.changed', () => void reload(true)), [reload]);

  return { ...state, loadMore, refresh: () => reload(true) };
}
