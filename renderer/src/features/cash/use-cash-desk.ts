import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CashSessionView, CashSettings, PaymentListItem, UnpaidFee } from '../../../../shared/api';
import { deskQuery, messageOf } from '../../api';
import { vnToday } from '../../ui/vietnam-time';

export interface CashDesk {
  loaded: boolean;
  session: CashSessionView | null;
  settings: CashSettings | null;
  unpaid: UnpaidFee[];
  payments: PaymentListItem[];
  error: string | null;
}

const NONE: never[] = [];

/**
 * The officer's drawer: the open session, the counter's cash settings, unpaid fees and today's
 * payments; the query client reads the session, the fees and the payments again whenever a dossier
 * changes (a payment is one), `reload` after the drawer's own moves.
 */
export function useCashDesk() {
  const session = useQuery(deskQuery('cash.current'));
  const settings = useQuery(deskQuery('cash.settings'));
  const unpaid = useQuery(deskQuery('payments.unpaid'));
  const payments = useQuery(deskQuery('payments.list', { date: vnToday() }));
  const all = [session, settings, unpaid, payments];
  const failed = all.find((query) => query.error);

  const { refetch: refetchSession } = session;
  const { refetch: refetchSettings } = settings;
  const { refetch: refetchUnpaid } = unpaid;
  const { refetch: refetchPayments } = payments;
  const reload = useCallback(async () => {
    await Promise.all([refetchSession(), refetchSettings(), refetchUnpaid(), refetchPayments()]);
  }, [refetchSession, refetchSettings, refetchUnpaid, refetchPayments]);

  const desk: CashDesk = {
    loaded: all.every((query) => !query.isPending),
    session: session.data ?? null,
    settings: settings.data ?? null,
    unpaid: unpaid.data ?? NONE,
    payments: payments.data ?? NONE,
    error: failed?.error ? messageOf(failed.error) : null,
  };
  return { ...desk, reload };
}
