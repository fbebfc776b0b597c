import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { UserView } from '../../../../shared/api';
import { deskQuery, deskQueryKey, messageOf } from '../../api';

const NO_USERS: UserView[] = [];

/** The accounts of this desk (admin only), read again after each change. */
export function useUserList() {
  const client = useQueryClient();
  const query = useQuery(deskQuery('users.list'));

  /** Puts one changed account in place without reading the whole list again. */
  const replace = useCallback(
    (changed: UserView) => {
      client.setQueryData<UserView[]>(deskQueryKey('users.list'), (users) => users?.map((user) => (user.username === changed.username ? changed : user)));
    },
    [client],
  );

  return { users: query.data ?? NO_USERS, loading: query.isFetching, error: query.error ? messageOf(query.error) : null, reload: query.refetch, replace };
}
