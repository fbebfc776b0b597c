import { Alert, Button, Modal } from 'antd';
import { useState } from 'react';
import type { MovementResult } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { messageOf } from '../../api';
import { printForm } from '../../print';
import type { ApprovalAction } from './ApprovalDialog';
import { receiptNumber } from './receipt-text';

/** After a void or refund: the money to pay back, the phiếu chi's number, and printing it (Enter). */
export function MovementDoneDialog({ action, result, onDone }: { action: ApprovalAction; result: MovementResult; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);

  const print = async () => {
    setPrinting(true);
    setError(null);
    try {
      await printForm({ kind: 'cash-movement', movementId: result.movementId });
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : messageOf(failure));
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Modal open title={action === 'void' ? 'Đã hủy biên lai' : 'Đã hoàn tiền'} onCancel={onDone} footer={null} width={520} destroyOnHidden>
      <div data-testid="movement-result" data-movement-id={result.movementId} data-number={result.document.number}>
        <dl className="cash-collect-figures">
          <dt>Trả lại người nộp</dt>
          <dd className="cash-big">{formatVnd(Math.abs(result.amount))}</dd>
          <dt>Phiếu chi</dt>
          <dd className="cash-receipt-id">
            Mẫu số {result.document.form} · Ký hiệu {result.document.series} · Số {receiptNumber(result.document.number)}
          </dd>
        </dl>
        {error ? <Alert type="error" showIcon role="alert" title={error} className="cash-dialog-alert" /> : null}
        <div className="cash-dialog-actions">
          <Button onClick={onDone}>Đóng</Button>
          <Button type="primary" autoFocus loading={printing} onClick={() => void print()}>
            In phiếu chi
          </Button>
        </div>
      </div>
    </Modal>
  );
}
