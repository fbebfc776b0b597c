import { useCallback, useEffect, useRef, useState } from 'react';
import type { DossierDetail } from '../../../../shared/api';
import { call, listenToDeskEvent, messageOf } from '../../api';
import { useConnectivity } from '../../stores/connectivity-store';

/**
 * One dossier, kept current while it is shown: reloaded when the core says it changed
 * (`dossiers.changed`: an action, news from the feed, the portal's answer to its send), and, while
 * it is not yet synced, whenever the sync state moves (the `sync.status` push or its 10-second
 * poll, the ones the header's indicator follows), so a missed push never leaves "Chờ gửi lên cổng"
 * on screen after the portal has acknowledged it.
 */
export function useDossier(id: string | null) {
  const [dossier, setDossier] = useState<DossierDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const visible = dossier && dossier.id === id ? dossier : null;
  /** The dossier on screen, for the sync-state effect (which must not rerun when it changes). */
  const shown = useRef<DossierDetail | null>(null);
  useEffect(() => {
    shown.current = visible;
  }, [visible]);

  const load = useCallback(async (dossierId: string) => {
    try {
      const next = await call('dossiers.get', { id: dossierId });
      setDossier((previous) => (previous && previous.id !== dossierId && previous.id !== next.id ? previous : next));
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, []);

  useEffect(() => {
    if (!id) return;
    let current = true;
    call('dossiers.get', { id }).then(
      (next) => {
        if (!current) return;
        setDossier(next);
        setError(null);
      },
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    const stop = listenToDeskEvent('dossiers.changed', ({ ids }) => {
      if (ids.includes(id)) void load(id);
    });
    return () => {
      current = false;
      stop();
    };
  }, [id, load]);

  const syncStatus = useConnectivity((state) => state.sync);
  useEffect(() => {
    if (id && shown.current && shown.current.syncState !== 'synced') void load(id);
  }, [syncStatus, id, load]);

  return { dossier: visible, error, setDossier };
}
