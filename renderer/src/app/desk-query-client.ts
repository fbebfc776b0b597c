import { QueryClient } from '@tanstack/react-query';
import { listenToDeskEvent } from '../api';
import { useConnectivity } from '../stores/connectivity-store';
import { invalidateAfterDossierChange, invalidateAfterSyncMove } from './query-invalidation';

/**
 * The renderer's one query client. Reads are not retried (the core's Vietnamese refusal shows at
 * once, as before) nor refetched on window focus: the core's pushes say when something changed.
 */
export const deskQueryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

/** Keeps the cache current from the core's pushes; returns the stop function. */
export function connectQueriesToEvents(client: QueryClient = deskQueryClient): () => void {
  const stopDossiers = listenToDeskEvent('dossiers.changed', ({ ids }) => void invalidateAfterDossierChange(client, ids));
  const stopSync = useConnectivity.subscribe((state, previous) => {
    if (state.sync !== previous.sync) void invalidateAfterSyncMove(client);
  });
  return () => {
    stopDossiers();
    stopSync();
  };
}
