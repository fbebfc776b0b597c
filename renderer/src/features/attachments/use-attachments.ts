import { useCallback, useEffect, useState } from 'react';
import type { AttachmentListItem } from '../../../../shared/api';
import { call, listenToDeskEvent, messageOf } from '../../api';

/** The dossier's stored component PDFs, reloaded whenever the dossier changes (here or on another counter). */
export function useAttachments(dossierId: string) {
  const [items, setItems] = useState<AttachmentListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setItems(await call('attachments.list', { dossierId }));
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [dossierId]);

  useEffect(() => {
    let current = true;
    call('attachments.list', { dossierId }).then(
      (list) => {
        if (!current) return;
        setItems(list);
        setError(null);
      },
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    const stop = listenToDeskEvent('dossiers.changed', ({ ids }) => {
      if (ids.includes(dossierId)) void reload();
    });
    return () => {
      current = false;
      stop();
    };
  }, [dossierId, reload]);

  return { items, error, reload };
}
