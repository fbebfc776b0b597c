import { useCallback, useEffect, useState } from 'react';
import type { UserView } from '../../../../shared/api';
import { call, messageOf } from '../../api';

/** The accounts of this desk (admin only), reloaded after each change. */
export function useUserList() {
  const [users, setUsers] = useState<UserView[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setUsers(await call('users.list'));
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Puts one changed account in place without reloading the whole list. */
  const replace = useCallback((changed: UserView) => {
    setUsers((current) => current.map((user) => (user.username === changed.username ? changed : user)));
  }, []);

  return { users, loading, error, reload, replace };
}
