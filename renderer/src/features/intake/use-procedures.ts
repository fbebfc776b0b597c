import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ProcedureDetail, ProcedureSummary } from '../../../../shared/api/catalog';
import { deskQuery, messageOf } from '../../api';

const NO_PROCEDURES: ProcedureSummary[] = [];

/** The catalogue's procedures for the picker. */
export function useProcedureList(): { procedures: ProcedureSummary[]; error: string | null } {
  const query = useQuery(deskQuery('catalog.list'));
  return { procedures: query.data ?? NO_PROCEDURES, error: query.error ? messageOf(query.error) : null };
}

/**
 * The chosen procedure's detail (checklist, fee quantities); null until one is chosen and loaded.
 * `onLoaded` runs once each time a procedure is chosen, when its detail is there (not when the
 * cache reads the same procedure again).
 */
export function useProcedureDetail(code: string | undefined, onLoaded: (procedure: ProcedureDetail) => void) {
  const query = useQuery({ ...deskQuery('catalog.get', { code: code ?? '' }), enabled: Boolean(code) });
  const procedure = code ? (query.data ?? null) : null;
  const handedOver = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!code) handedOver.current = undefined;
    else if (procedure && handedOver.current !== code) {
      handedOver.current = code;
      onLoaded(procedure);
    }
    // onLoaded is an event handler: a new identity must not hand the procedure over again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, procedure]);
  return { procedure, error: code && query.error ? messageOf(query.error) : null };
}
