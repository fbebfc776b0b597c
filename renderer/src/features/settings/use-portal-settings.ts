import { useQuery } from '@tanstack/react-query';
import { deskQuery, messageOf } from '../../api';

/** The portal settings as the core reports them (admin only), read again after a save. */
export function usePortalSettings() {
  const query = useQuery(deskQuery('settings.portal'));
  return { view: query.data ?? null, error: query.error ? messageOf(query.error) : null, reload: query.refetch };
}
