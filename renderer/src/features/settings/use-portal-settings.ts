import { useCallback, useEffect, useState } from 'react';
import type { PortalSettingsView } from '../../../../shared/api';
import { call, messageOf } from '../../api';

interface PortalSettingsState {
  view: PortalSettingsView | null;
  error: string | null;
}

async function fetchPortalSettings(): Promise<PortalSettingsState> {
  try {
    return { view: await call('settings.portal'), error: null };
  } catch (failure) {
    return { view: null, error: messageOf(failure) };
  }
}

/** The portal settings as the core reports them (admin only), reloaded after a save. */
export function usePortalSettings() {
  const [state, setState] = useState<PortalSettingsState>({ view: null, error: null });

  useEffect(() => {
    let current = true;
    void fetchPortalSettings().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, []);

  const reload = useCallback(async () => setState(await fetchPortalSettings()), []);

  return { ...state, reload };
}
