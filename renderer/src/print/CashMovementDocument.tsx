import { useEffect, useState } from 'react';
import type { CashSettings, MovementPrint } from '../../../shared/api';
import { call, messageOf } from '../api';
import { CashMovementForm } from './CashMovementForm';
import { getReceiptPaper, receiptPageRule, type ReceiptPaper } from './cash-receipt-paper';
import type { CashMovementRequest } from './print-request';
import './print.css';
import './cash-receipt.css';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; document: MovementPrint; paper: ReceiptPaper };

const LOADING: Loaded = { state: 'loading' };

/** The phiếu chi of a void or refund, alone, on the receipts' paper (A5 or 80 mm). */
export function CashMovementDocument({ request, onReady, onFailed }: { request: CashMovementRequest; onReady?: () => void; onFailed?: (message: string) => void }) {
  const { movementId } = request;
  const [loaded, setLoaded] = useState<{ id: string; data: Loaded } | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([call('payments.movementDocument', { movementId }), call('cash.settings')]).then(
      ([document, settings]: [MovementPrint, CashSettings]) => current && setLoaded({ id: movementId, data: { state: 'ready', document, paper: settings.paper } }),
      (error: unknown) => current && setLoaded({ id: movementId, data: { state: 'failed', message: messageOf(error) } }),
    );
    return () => {
      current = false;
    };
  }, [movementId]);

  const data: Loaded = loaded?.id === movementId ? loaded.data : LOADING;
  useEffect(() => {
    if (data.state === 'ready') onReady?.();
    if (data.state === 'failed') onFailed?.(data.message);
  }, [data, onReady, onFailed]);

  const paper = getReceiptPaper(data.state === 'ready' ? data.paper : 'a5');
  const testId = data.state === 'ready' ? 'print-ready' : data.state === 'failed' ? 'print-failed' : 'print-loading';
  return (
    <div className={`mc-print mc-cash-receipt mc-cr-paper-${paper}`} data-testid={testId} data-paper={paper}>
      <style>{receiptPageRule(paper)}</style>
      {data.state === 'ready' ? <CashMovementForm document={data.document} /> : null}
      {data.state === 'loading' ? <p className="mc-status">Đang chuẩn bị phiếu chi…</p> : null}
      {data.state === 'failed' ? <p className="mc-status">Không in được: {data.message}</p> : null}
    </div>
  );
}
