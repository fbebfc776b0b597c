import { Alert, Button, Modal } from 'antd';
import { useState } from 'react';
import type { CollectResult } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { messageOf } from '../../api';
import { printForm } from '../../print';
import { receiptIdText } from './receipt-text';

/** After a collection: the receipt's number, the change, and printing the receipt (Enter). */
export function CollectedDialog({ result, onDone }: { result: CollectResult; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);

  const print = async () => {
    setPrinting(true);
    setError(null);
    try {
      await printForm({ kind: 'cash-receipt', paymentId: result.paymentId });
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : messageOf(failure));
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Modal open title="Đã thu tiền" onCancel={onDone} footer={null} width={520} destroyOnHidden>
      <div data-testid="collect-result" data-payment-id={result.paymentId} data-number={result.receipt.number}>
        <dl className="cash-collect-figures">
          <dt>Số tiền đã thu</dt>
          <dd className="cash-big">{formatVnd(result.amount)}</dd>
          <dt>Tiền thừa trả khách</dt>
          <dd className="cash-big">{formatVnd(result.change)}</dd>
          <dt>Biên lai</dt>
          <dd className="cash-receipt-id">{receiptIdText(result.receipt)}</dd>
        </dl>
        {error ? <Alert type="error" showIcon role="alert" title={error} className="cash-dialog-alert" /> : null}
        <div className="cash-dialog-actions">
          <Button onClick={onDone}>Đóng</Button>
          <Button type="primary" autoFocus loading={printing} onClick={() => void print()}>
            In biên lai
          </Button>
        </div>
      </div>
    </Modal>
  );
}
