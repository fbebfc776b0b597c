import type { MovementResult } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import type { ApprovalAction } from './ApprovalDialog';
import { PrintDocumentDialog } from '../../ui/PrintDocumentDialog';
import { receiptNumber } from './receipt-text';

/** After a void or refund: the money to pay back, the phiếu chi's number, and printing it (Enter). */
export function MovementDoneDialog({ action, result, onDone }: { action: ApprovalAction; result: MovementResult; onDone: () => void }) {
  return (
    <PrintDocumentDialog
      title={action === 'void' ? 'Đã hủy biên lai' : 'Đã hoàn tiền'}
      request={{ kind: 'cash-movement', movementId: result.movementId }}
      printLabel="In phiếu chi"
      onDone={onDone}
      resultProps={{ 'data-testid': 'movement-result', 'data-movement-id': result.movementId, 'data-number': result.document.number }}
    >
      <dl className="cash-collect-figures">
        <dt>Trả lại người nộp</dt>
        <dd className="cash-big">{formatVnd(Math.abs(result.amount))}</dd>
        <dt>Phiếu chi</dt>
        <dd className="cash-receipt-id">
          Mẫu số {result.document.form} · Ký hiệu {result.document.series} · Số {receiptNumber(result.document.number)}
        </dd>
      </dl>
    </PrintDocumentDialog>
  );
}
