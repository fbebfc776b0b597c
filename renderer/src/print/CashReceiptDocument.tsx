import { useEffect, useState } from 'react';
import type { ReceiptPrint } from '../../../shared/api';
import { call, messageOf } from '../api';
import { CashReceiptForm } from './CashReceiptForm';
import { getReceiptPaper, receiptPageRule } from './cash-receipt-paper';
import type { CashReceiptRequest } from './print-request';
import './print.css';
import './cash-receipt.css';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; receipt: ReceiptPrint };

const LOADING: Loaded = { state: 'loading' };

/**
 * The biên lai of one payment, alone: its @page rule, then Liên 1 and Liên 2.
 * `payments.receipt` counts each print, so every print after the first says BẢN SAO.
 */
export function CashReceiptDocument({ request, onReady, onFailed }: { request: CashReceiptRequest; onReady?: () => void; onFailed?: (message: string) => void }) {
  const [loaded, setLoaded] = useState<{ id: string; data: Loaded } | null>(null);
  const { paymentId } = request;

  useEffect(() => {
    let current = true;
    call('payments.receipt', { paymentId }).then(
      (receipt) => current && setLoaded({ id: paymentId, data: { state: 'ready', receipt } }),
      (error: unknown) => current && setLoaded({ id: paymentId, data: { state: 'failed', message: messageOf(error) } }),
    );
    return () => {
      current = false;
    };
  }, [paymentId]);

  const data: Loaded = loaded?.id === paymentId ? loaded.data : LOADING;
  useEffect(() => {
    if (data.state === 'ready') onReady?.();
    if (data.state === 'failed') onFailed?.(data.message);
  }, [data, onReady, onFailed]);

  const paper = getReceiptPaper(data.state === 'ready' ? data.receipt.paper : 'a5');
  const testId = data.state === 'ready' ? 'print-ready' : data.state === 'failed' ? 'print-failed' : 'print-loading';
  return (
    <div className={`mc-print mc-cash-receipt mc-cr-paper-${paper}`} data-testid={testId} data-paper={paper}>
      <style>{receiptPageRule(paper)}</style>
      {data.state === 'ready' ? <CashReceiptForm receipt={data.receipt} /> : null}
      {data.state === 'loading' ? <p className="mc-status">Đang chuẩn bị biên lai…</p> : null}
      {data.state === 'failed' ? <p className="mc-status">Không in được: {data.message}</p> : null}
    </div>
  );
}
