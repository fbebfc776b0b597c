import { Alert, Button, Form, Modal } from 'antd';
import { useState } from 'react';
import type { CollectResult, UnpaidFee } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { call, messageOf } from '../../api';
import { MoneyInput } from './MoneyInput';

/** Thu phí of one dossier: the amount due, what the payer hands over and the change, confirmed with Enter. */
export function CollectDialog({ fee, onCollected, onCancel }: { fee: UnpaidFee; onCollected: (result: CollectResult) => void; onCancel: () => void }) {
  const [tendered, setTendered] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const given = tendered ?? fee.amount;
  const change = given - fee.amount;

  const collect = async () => {
    if (change < 0) {
      setError('Tiền khách đưa chưa đủ số tiền phải thu.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onCollected(await call('payments.collect', { dossierId: fee.dossierId, ...(tendered !== null ? { tendered } : {}) }));
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  };

  return (
    <Modal open title={`Thu phí hồ sơ ${fee.dossierCode}`} onCancel={onCancel} footer={null} width={520} destroyOnHidden>
      <Form layout="vertical" onFinish={() => void collect()} className="cash-collect-form">
        <p className="cash-collect-who">
          {fee.applicantName} · {fee.procedureName}
        </p>
        <ul className="cash-fee-lines" aria-label="Các khoản phí, lệ phí">
          {fee.lines.map((line, index) => (
            <li key={`${line.code}-${index}`}>
              <span>{line.name}</span>
              <span>{formatVnd(line.amount)}</span>
            </li>
          ))}
        </ul>
        <dl className="cash-collect-figures">
          <dt>Số tiền phải thu</dt>
          <dd className="cash-big" data-testid="collect-due">
            {formatVnd(fee.amount)}
          </dd>
        </dl>
        <Form.Item label="Tiền khách đưa" htmlFor="cash-tendered" extra="Để trống nếu khách đưa đúng số tiền.">
          <MoneyInput id="cash-tendered" autoFocus value={tendered} onChange={(n) => setTendered(n === null || n === undefined ? null : Number(n))} placeholder={formatVnd(fee.amount).replace(/ đ$/, '')} />
        </Form.Item>
        <dl className="cash-collect-figures">
          <dt>Tiền thừa trả khách</dt>
          <dd className={`cash-big ${change < 0 ? 'cash-shortfall' : ''}`} data-testid="collect-change">
            {change < 0 ? `Còn thiếu ${formatVnd(-change)}` : formatVnd(change)}
          </dd>
        </dl>
        {error ? <Alert type="error" showIcon role="alert" title={error} className="cash-dialog-alert" /> : null}
        <div className="cash-dialog-actions">
          <Button onClick={onCancel}>Hủy bỏ</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            Thu tiền (Enter)
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
