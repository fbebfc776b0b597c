import { Alert, App, Button, Card, Typography } from 'antd';
import { RestorePendingNotice } from '../sync';
import { useState } from 'react';
import type { CloseResult, CollectResult, MovementResult, PaymentListItem, UnpaidFee } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { printForm } from '../../print';
import { ApprovalDialog, type ApprovalAction } from './ApprovalDialog';
import { CashReportPanel } from './CashReportPanel';
import { CashSessionPanel } from './CashSessionPanel';
import { CloseSessionDialog } from './CloseSessionDialog';
import { CollectDialog } from './CollectDialog';
import { CollectedDialog } from './CollectedDialog';
import { DifferenceText } from './DifferenceText';
import { MovementDoneDialog } from './MovementDoneDialog';
import { PaymentsToday } from './PaymentsToday';
import { UnpaidFeesTable } from './UnpaidFeesTable';
import { useCashDesk } from './use-cash-desk';
import { TransferReconcileCard } from './TransferReconcileCard';
import { useSession } from '../../stores/session-store';
import './cash.css';

type Dialog =
  | { kind: 'collect'; fee: UnpaidFee }
  | { kind: 'collected'; result: CollectResult }
  | { kind: 'close' }
  | { kind: 'approval'; action: ApprovalAction; payment: PaymentListItem }
  | { kind: 'movement'; action: ApprovalAction; result: MovementResult }
  | null;

/** Thu phí: the cash session, the officer's unpaid fees (keyboard first) and today's receipts. */
export function CashPage() {
  const desk = useCashDesk();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [selected, setSelected] = useState(0);
  const [closed, setClosed] = useState<CloseResult | null>(null);
  const role = useSession((state) => state.user?.role);
  const selectedIndex = Math.min(selected, Math.max(0, desk.unpaid.length - 1));

  const finish = () => {
    setDialog(null);
    void desk.reload();
  };
  const reprint = (payment: PaymentListItem) => {
    printForm({ kind: 'cash-receipt', paymentId: payment.id }).catch((failure: unknown) => void message.error(failure instanceof Error ? failure.message : String(failure)));
  };

  return (
    <section className="desk-page cash-page" aria-labelledby="page-title" data-testid="cash-screen">
      <div className="cash-heading">
        <Typography.Title level={2} id="page-title" className="desk-page-title">
          Thu phí, lệ phí
        </Typography.Title>
        <Button onClick={() => void desk.reload()}>Làm mới</Button>
      </div>
      <RestorePendingNotice />
      {desk.error ? <Alert type="error" showIcon role="alert" title={desk.error} /> : null}
      {closed ? (
        <Alert
          type={closed.difference === 0 ? 'success' : 'warning'}
          showIcon
          closable={{ onClose: () => setClosed(null) }}
          data-testid="cash-close-result"
          title={
            <>
              Đã đóng ca: tiền mặt phải có {formatVnd(closed.expected)}, đếm được {formatVnd(closed.counted)}, chênh lệch <DifferenceText difference={closed.difference} />
              {closed.approvedBy ? `, lãnh đạo duyệt: ${closed.approvedByName ?? closed.approvedBy}` : ''}.
            </>
          }
        />
      ) : null}

      {desk.loaded ? (
        <CashSessionPanel
          session={desk.session}
          onOpened={() => {
            setClosed(null);
            void desk.reload();
          }}
          onClose={() => {
            void desk.reload();
            setDialog({ kind: 'close' });
          }}
        />
      ) : null}

      <Card size="small" title={`Phí, lệ phí chưa thu (${desk.unpaid.length})`} extra={<span className="cash-muted">↑/↓ chọn hồ sơ · Enter thu phí</span>}>
        {desk.loaded && !desk.session ? <Alert type="info" showIcon title="Mở ca thu tiền trước khi thu phí." className="cash-card-alert" /> : null}
        <UnpaidFeesTable
          fees={desk.unpaid}
          selected={selectedIndex}
          onSelect={setSelected}
          onCollect={(fee) => setDialog({ kind: 'collect', fee })}
          autoFocus={Boolean(desk.session) && dialog === null}
        />
      </Card>

      <Card size="small" title={`Biên lai hôm nay (${desk.payments.length})`}>
        <PaymentsToday payments={desk.payments} onReprint={reprint} onApproval={(action, payment) => setDialog({ kind: 'approval', action, payment })} />
      </Card>

      <Card size="small" title="Báo cáo thu tiền trong ngày">
        <CashReportPanel refresh={desk.payments.map((p) => `${p.id}:${p.status}:${p.refunded}`).join()} />
      </Card>

      {role === 'supervisor' || role === 'admin' ? <TransferReconcileCard /> : null}

      {dialog?.kind === 'collect' ? (
        <CollectDialog
          fee={dialog.fee}
          onCancel={() => setDialog(null)}
          onCollected={(result) => {
            setDialog({ kind: 'collected', result });
            void desk.reload();
          }}
        />
      ) : null}
      {dialog?.kind === 'collected' ? <CollectedDialog result={dialog.result} onDone={finish} /> : null}
      {dialog?.kind === 'close' && desk.session ? (
        <CloseSessionDialog
          session={desk.session}
          denominations={desk.settings?.denominations ?? []}
          shortageApprovalThreshold={desk.settings?.shortageApprovalThreshold ?? 0}
          onCancel={() => setDialog(null)}
          onClosed={(result) => {
            setClosed(result);
            finish();
          }}
        />
      ) : null}
      {dialog?.kind === 'approval' ? (
        <ApprovalDialog
          action={dialog.action}
          payment={dialog.payment}
          onCancel={() => setDialog(null)}
          onDone={(result) => {
            setDialog({ kind: 'movement', action: dialog.action, result });
            void desk.reload();
          }}
        />
      ) : null}
      {dialog?.kind === 'movement' ? <MovementDoneDialog action={dialog.action} result={dialog.result} onDone={finish} /> : null}
    </section>
  );
}
