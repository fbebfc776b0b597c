import { useQuery } from '@tanstack/react-query';
import { deskQuery, messageOf } from '../../api';

/** The dossier's stored component PDFs; the cache reads them again whenever the dossier changes (here or on another counter). */
export function useAttachments(dossierId: string) {
  const query = useQuery(deskQuery('attachments.list', { dossierId }));
  return { items: query.data ?? null, error: query.error ? messageOf(query.error) : null, reload: query.refetch };
}
