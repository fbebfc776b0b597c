import { useQuery } from '@tanstack/react-query';
import { deskQuery, messageOf } from '../../api';

/** The ward's daily backlog; the query client reads it again whenever a dossier changes, and every minute ("due today" and "overdue" move with the clock). */
export function useBacklog() {
  const query = useQuery({ ...deskQuery('dossiers.backlog'), refetchInterval: 60_000 });
  return {
    backlog: query.data ?? null,
    loadedAt: query.dataUpdatedAt ? new Date(query.dataUpdatedAt) : null,
    error: query.error ? messageOf(query.error) : null,
    reload: query.refetch,
  };
}
