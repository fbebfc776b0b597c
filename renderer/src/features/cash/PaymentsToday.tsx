import { Button, Space, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import type { PaymentListItem } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { vnDateTime } from '../../ui/vietnam-time';
import type { ApprovalAction } from './ApprovalDialog';
import { receiptNumber, STATUS_LABELS } from './receipt-text';

interface PaymentsTodayProps {
  payments: PaymentListItem[];
  onReprint: (payment: PaymentListItem) => void;
  onApproval: (action: ApprovalAction, payment: PaymentListItem) => void;
}

/** Today's receipts (Vietnam date): reprint as a copy, void or refund with a supervisor's approval. */
export function PaymentsToday({ payments, onReprint, onApproval }: PaymentsTodayProps) {
  return (
    <Table<PaymentListItem>
      size="small"
      rowKey="id"
      dataSource={payments}
      pagination={false}
      locale={{ emptyText: 'Hôm nay chưa có khoản thu nào.' }}
      onRow={(payment) => ({ 'data-testid': 'payment-row', 'data-number': payment.receipt.number, 'data-status': payment.status }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: 'Số biên lai', key: 'number', width: 110, render: (_, p) => <span className="cash-code" title={`Mẫu số ${p.receipt.form}, ký hiệu ${p.receipt.series}`}>{receiptNumber(p.receipt.number)}</span> },
        { title: 'Ký hiệu', key: 'series', width: 90, render: (_, p) => p.receipt.series },
        { title: 'Hồ sơ', dataIndex: 'dossierCode', width: 236, render: (code: string) => <span className="cash-code cash-code-whole">{code}</span> },
        { title: 'Thu lúc', dataIndex: 'collectedAt', width: 140, render: (iso: string) => vnDateTime(iso) },
        {
          title: 'Số tiền',
          dataIndex: 'amount',
          align: 'right',
          width: 120,
          render: (amount: number, p) => (
            <>
              {formatVnd(amount)}
              {p.refunded > 0 ? <div className="cash-muted">đã hoàn {formatVnd(p.refunded)}</div> : null}
            </>
          ),
        },
        { title: 'Trạng thái', dataIndex: 'status', width: 110, render: (status: PaymentListItem['status']) => <Tag color={STATUS_LABELS[status].color}>{STATUS_LABELS[status].label}</Tag> },
        {
          title: 'Thao tác',
          key: 'actions',
          width: 280,
          render: (_, p) => (
            <Space size={4}>
              <Button size="small" onClick={() => onReprint(p)}>
                In lại
              </Button>
              <Button size="small" danger disabled={p.status !== 'paid'} onClick={() => onApproval('void', p)}>
                Hủy biên lai
              </Button>
              <Button size="small" disabled={p.status === 'void' || p.refunded >= p.amount} onClick={() => onApproval('refund', p)}>
                Hoàn tiền
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
