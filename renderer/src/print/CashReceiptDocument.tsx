import { call } from '../api';
import { CashReceiptForm } from './CashReceiptForm';
import { getReceiptPaper, receiptPageRule } from './cash-receipt-paper';
import { DocumentShell, useDocumentLoad } from './loaded-document';
import type { CashReceiptRequest } from './print-request';
import './print.css';
import './cash-receipt.css';

/**
 * The biên lai of one payment, alone: its @page rule, then Liên 1 and Liên 2.
 * `payments.receipt` counts each print, so every print after the first says BẢN SAO.
 */
export function CashReceiptDocument({ request, onReady, onFailed }: { request: CashReceiptRequest; onReady?: () => void; onFailed?: (message: string) => void }) {
  const { paymentId } = request;
  const load = useDocumentLoad(paymentId, () => call('payments.receipt', { paymentId }), onReady, onFailed);
  const paper = getReceiptPaper(load.state === 'ready' ? load.value.paper : 'a5');
  return (
    <DocumentShell load={load} className={`mc-print mc-cash-receipt mc-cr-paper-${paper}`} pageRule={receiptPageRule(paper)} loadingText="Đang chuẩn bị biên lai…" paper={paper}>
      {load.state === 'ready' ? <CashReceiptForm receipt={load.value} /> : null}
    </DocumentShell>
  );
}
