import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DossierDetail } from '../../../../shared/api';
import { deskQuery, deskQueryKey, messageOf } from '../../api';

/**
 * One dossier, kept current while it is shown: the query client reads it again when the core says
 * it changed (`dossiers.changed`: an action, news from the feed, the portal's answer to its send)
 * and, while it is not yet synced, whenever the sync state moves (app/desk-query-client.ts).
 */
export function useDossier(id: string | null) {
  const client = useQueryClient();
  const query = useQuery({ ...deskQuery('dossiers.get', { id: id ?? '' }), enabled: id !== null });
  /** Puts the dossier an action answered with in place, without waiting for the read. */
  const setDossier = useCallback((next: DossierDetail) => client.setQueryData(deskQueryKey('dossiers.get', { id: next.id }), next), [client]);
  return { dossier: id ? (query.data ?? null) : null, error: id && query.error ? messageOf(query.error) : null, setDossier };
}
