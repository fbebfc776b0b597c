import { useCallback, useEffect, useState } from 'react';
import type { UserView } from '../../../../shared/api';
import { call, messageOf } from '../../api';

interface UserListState {
  users: UserView[];
  loading: boolean;
  error: string | null;
}

async function fetchUsers(): Promise<UserListState> {
  try {
    return { users: await call('users.list'), loading: false, error: null };
  } catch (failure) {
    return { users: [], loading: false, error: messageOf(failure) };
  }
}

/** The accounts of this desk (admin only), reloaded after each change. */
export function useUserList() {
  const [state, setState] = useState<UserListState>({ users: [], loading: true, error: null });

  useEffect(() => {
    let current = true;
    void fetchUsers().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, []);

  const reload = useCallback(async () => {
    setState((previous) => ({ ...previous, loading: true }));
    const next = await fetchUsers();
    setState((previous) => (next.error ? { ...previous, loading: false, error: next.error } : next));
  }, []);

  /** Puts one changed account in place without reloading the whole list. */
  const replace = useCallback((changed: UserView) => {
    setState((previous) => ({ ...previous, users: previous.users.map((user) => (user.username === changed.username ? changed : user)) }));
  }, []);

  return { ...state, reload, replace };
}
