import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { PasswordInput } from '../../ui/PasswordInput';
import { useState } from 'react';
import type { MovementResult, PaymentListItem } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { call, messageOf } from '../../api';
import { MoneyInput } from './MoneyInput';
import { receiptNumber } from './receipt-text';

export type ApprovalAction = 'void' | 'refund';

interface Values {
  amount?: number;
  reason?: string;
  username?: string;
  password?: string;
}

const required = (label: string) => ({ required: true, whitespace: true, message: `${label}: bắt buộc nhập.` });

/** Hủy biên lai or Hoàn tiền: a reason, and a supervisor's own credentials typed at the counter. */
export function ApprovalDialog({ action, payment, onDone, onCancel }: { action: ApprovalAction; payment: PaymentListItem; onDone: (result: MovementResult) => void; onCancel: () => void }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refundable = payment.amount - payment.refunded;

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    const approval = { username: String(values.username ?? ''), password: String(values.password ?? '') };
    const reason = String(values.reason ?? '');
    try {
      const result =
        action === 'void'
          ? await call('payments.void', { paymentId: payment.id, reason, approval })
          : await call('payments.refund', { paymentId: payment.id, amount: Number(values.amount ?? 0), reason, approval });
      onDone(result);
    } catch (failure) {
      setError(messageOf(failure));
      form.setFieldValue('password', '');
      setBusy(false);
    }
  };

  const title = action === 'void' ? `Hủy biên lai số ${receiptNumber(payment.receipt.number)}` : `Hoàn tiền biên lai số ${receiptNumber(payment.receipt.number)}`;
  return (
    <Modal open title={title} onCancel={onCancel} footer={null} width={520} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ amount: refundable }}>
        <Typography.Paragraph>
          Hồ sơ {payment.dossierCode}, số tiền {formatVnd(payment.amount)}
          {payment.refunded > 0 ? `, đã hoàn ${formatVnd(payment.refunded)}` : ''}.{' '}
          {action === 'void' ? 'Biên lai giữ nguyên số và được đánh dấu "ĐÃ HỦY"; tiền được trả lại từ ngăn kéo.' : 'Khoản hoàn là một khoản chi trong ca hiện tại, có chứng từ riêng.'}
        </Typography.Paragraph>
        {action === 'refund' ? (
          <Form.Item name="amount" label="Số tiền hoàn" rules={[{ required: true, message: 'Số tiền hoàn: bắt buộc nhập.' }]}>
            <MoneyInput max={refundable} autoFocus />
          </Form.Item>
        ) : null}
        <Form.Item name="reason" label="Lý do" rules={[required('Lý do')]}>
          <Input.TextArea rows={2} maxLength={1000} autoFocus={action === 'void'} />
        </Form.Item>
        <fieldset className="cash-approval">
          <legend>Lãnh đạo duyệt tại quầy</legend>
          <Form.Item name="username" label="Tên đăng nhập" rules={[required('Tên đăng nhập')]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="password" label="Mật khẩu" rules={[required('Mật khẩu')]}>
            <PasswordInput autoComplete="off" />
          </Form.Item>
        </fieldset>
        {error ? <Alert type="error" showIcon role="alert" title={error} className="cash-dialog-alert" /> : null}
        <div className="cash-dialog-actions">
          <Button onClick={onCancel}>Hủy bỏ</Button>
          <Button type="primary" danger={action === 'void'} htmlType="submit" loading={busy}>
            {action === 'void' ? 'Duyệt và hủy biên lai' : 'Duyệt và hoàn tiền'}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
