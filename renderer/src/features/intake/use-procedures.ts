import { useEffect, useState } from 'react';
import type { ProcedureDetail, ProcedureSummary } from '../../../../shared/api/catalog';
import { call, messageOf } from '../../api';

/** The catalogue's procedures for the picker. */
export function useProcedureList(): { procedures: ProcedureSummary[]; error: string | null } {
  const [procedures, setProcedures] = useState<ProcedureSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('catalog.list').then(
      (list) => live && setProcedures(list),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  return { procedures, error };
}

/** The chosen procedure's detail (checklist, fee quantities); null until one is chosen and loaded. */
export function useProcedureDetail(code: string | undefined, onLoaded: (procedure: ProcedureDetail) => void) {
  const [loaded, setLoaded] = useState<{ code: string; procedure: ProcedureDetail | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!code) return;
    let live = true;
    call('catalog.get', { code }).then(
      (detail) => {
        if (!live) return;
        setLoaded({ code, procedure: detail, error: null });
        onLoaded(detail);
      },
      (e: unknown) => live && setLoaded({ code, procedure: null, error: messageOf(e) }),
    );
    return () => {
      live = false;
    };
    // onLoaded is an event handler: a new identity must not reload the procedure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code]);
  const current = loaded && loaded.code === code ? loaded : null;
  return { procedure: current?.procedure ?? null, error: current?.error ?? null };
}
