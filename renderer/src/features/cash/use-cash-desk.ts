import { useCallback, useEffect, useState } from 'react';
import type { CashSessionView, CashSettings, PaymentListItem, UnpaidFee } from '../../../../shared/api';
import { call, listenToDeskEvent, messageOf } from '../../api';
import { vnToday } from '../../ui/vietnam-time';

export interface CashDesk {
  loaded: boolean;
  session: CashSessionView | null;
  settings: CashSettings | null;
  unpaid: UnpaidFee[];
  payments: PaymentListItem[];
  error: string | null;
}

const EMPTY: CashDesk = { loaded: false, session: null, settings: null, unpaid: [], payments: [], error: null };

/** The officer's drawer: the open session, the counter's cash settings, unpaid fees and today's payments. */
export function useCashDesk() {
  const [desk, setDesk] = useState<CashDesk>(EMPTY);

  const reload = useCallback(async () => {
    try {
      const [session, settings, unpaid, payments] = await Promise.all([
        call('cash.current'),
        call('cash.settings'),
        call('payments.unpaid'),
        call('payments.list', { date: vnToday() }),
      ]);
      setDesk({ loaded: true, session, settings, unpaid, payments, error: null });
    } catch (failure) {
      setDesk((previous) => ({ ...previous, loaded: true, error: messageOf(failure) }));
    }
  }, []);

  useEffect(() => {
    let timer: number | undefined;
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void reload(), 0);
    };
    later();
    const stop = listenToDeskEvent('dossiers.changed', later);
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, [reload]);

  return { ...desk, reload };
}
