import type { CollectResult } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { PrintDocumentDialog } from '../../ui/PrintDocumentDialog';
import { receiptIdText } from './receipt-text';

/** After a collection: the receipt's number, the change, and printing the receipt (Enter). */
export function CollectedDialog({ result, onDone }: { result: CollectResult; onDone: () => void }) {
  return (
    <PrintDocumentDialog
      title="Đã thu tiền"
      request={{ kind: 'cash-receipt', paymentId: result.paymentId }}
      printLabel="In biên lai"
      onDone={onDone}
      resultProps={{ 'data-testid': 'collect-result', 'data-payment-id': result.paymentId, 'data-number': result.receipt.number }}
    >
      <dl className="cash-collect-figures">
        <dt>Số tiền đã thu</dt>
        <dd className="cash-big">{formatVnd(result.amount)}</dd>
        <dt>Hình thức</dt>
        <dd data-testid="collect-method">{result.method === 'transfer' ? `Chuyển khoản, mã giao dịch ${result.reference ?? ''}` : 'Tiền mặt'}</dd>
        {result.method === 'cash' ? (
          <>
            <dt>Tiền thừa trả khách</dt>
            <dd className="cash-big">{formatVnd(result.change)}</dd>
          </>
        ) : null}
        <dt>Biên lai</dt>
        <dd className="cash-receipt-id">{receiptIdText(result.receipt)}</dd>
      </dl>
    </PrintDocumentDialog>
  );
}
