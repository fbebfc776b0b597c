import { Alert, Button, Card, Form } from 'antd';
import { useState } from 'react';
import type { CashSessionView } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { call, messageOf } from '../../api';
import { showFieldErrors } from '../../ui/form-errors';
import { vnDateTime } from '../../ui/vietnam-time';
import { MoneyInput } from './MoneyInput';

function OpenSessionForm({ onOpened }: { onOpened: () => void }) {
  const [form] = Form.useForm<{ float?: number }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async ({ float }: { float?: number }) => {
    setBusy(true);
    setError(null);
    try {
      await call('cash.open', { float: Number(float ?? 0) });
      onOpened();
    } catch (failure) {
      if (!showFieldErrors(form, failure)) setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="inline" onFinish={(values) => void open(values)} className="cash-open-form" initialValues={{ float: 0 }}>
      <Form.Item name="float" label="Tiền đầu ca" rules={[{ required: true, message: 'Tiền đầu ca: bắt buộc nhập (0 nếu không có).' }]}>
        <MoneyInput autoFocus />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          Mở ca thu tiền
        </Button>
      </Form.Item>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Form>
  );
}

/** The officer's cash session: open one with a float, or see its figures and close it. */
export function CashSessionPanel({ session, onOpened, onClose }: { session: CashSessionView | null; onOpened: () => void; onClose: () => void }) {
  return (
    <Card size="small" title={session ? `Ca thu tiền đang mở (quầy ${session.counter})` : 'Chưa mở ca thu tiền'} data-testid="cash-session" data-state={session ? 'open' : 'closed'}>
      {session ? (
        <div className="cash-session-open">
          <dl className="cash-session-figures">
            <div>
              <dt>Mở ca lúc</dt>
              <dd>{vnDateTime(session.openedAt)}</dd>
            </div>
            <div>
              <dt>Tiền đầu ca</dt>
              <dd>{formatVnd(session.float)}</dd>
            </div>
            <div>
              <dt>Đã thu tiền mặt ({session.payments} biên lai)</dt>
              <dd data-testid="cash-collected">{formatVnd(session.collected)}</dd>
            </div>
            <div>
              <dt>Hủy, hoàn tiền</dt>
              <dd>{formatVnd(session.movements)}</dd>
            </div>
            {session.transferPayments > 0 ? (
              <div>
                <dt>Chuyển khoản, ngoài két ({session.transferPayments} biên lai)</dt>
                <dd data-testid="cash-transfers">{formatVnd(session.transfers)}</dd>
              </div>
            ) : null}
            <div className="cash-figure-main">
              <dt>Tiền mặt phải có</dt>
              <dd data-testid="cash-expected">{formatVnd(session.expected)}</dd>
            </div>
          </dl>
          <Button onClick={onClose}>Đóng ca</Button>
        </div>
      ) : (
        <OpenSessionForm onOpened={onOpened} />
      )}
    </Card>
  );
}
