import type { CashSettings, MovementPrint } from '../../../shared/api';
import { call } from '../api';
import { CashMovementForm } from './CashMovementForm';
import { getReceiptPaper, receiptPageRule } from './cash-receipt-paper';
import { DocumentShell, useDocumentLoad } from './loaded-document';
import type { CashMovementRequest } from './print-request';
import './print.css';
import './cash-receipt.css';

async function load(movementId: string) {
  const [document, settings]: [MovementPrint, CashSettings] = await Promise.all([call('payments.movementDocument', { movementId }), call('cash.settings')]);
  return { document, paper: settings.paper };
}

/** The phiếu chi of a void or refund, alone, on the receipts' paper (A5 or 80 mm). */
export function CashMovementDocument({ request, onReady, onFailed }: { request: CashMovementRequest; onReady?: () => void; onFailed?: (message: string) => void }) {
  const { movementId } = request;
  const loaded = useDocumentLoad(movementId, () => load(movementId), onReady, onFailed);
  const paper = getReceiptPaper(loaded.state === 'ready' ? loaded.value.paper : 'a5');
  return (
    <DocumentShell load={loaded} className={`mc-print mc-cash-receipt mc-cr-paper-${paper}`} pageRule={receiptPageRule(paper)} loadingText="Đang chuẩn bị phiếu chi…" paper={paper}>
      {loaded.state === 'ready' ? <CashMovementForm document={loaded.value.document} /> : null}
    </DocumentShell>
  );
}
