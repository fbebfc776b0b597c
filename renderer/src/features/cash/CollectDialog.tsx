import { Alert, Button, Form, Input, Modal, Radio } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CollectResult, PaymentMethod, UnpaidFee } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { call, deskQuery, messageOf } from '../../api';
import { MoneyInput } from './MoneyInput';
import { TransferQr } from './TransferQr';

/**
 * Thu phí of one dossier: the amount due, then either the cash handed over and the change, or
 * (when the agency's account is set) the VietQR code to pay by transfer and the transfer's
 * reference the citizen's app shows; confirmed with Enter.
 */
export function CollectDialog({ fee, onCollected, onCancel }: { fee: UnpaidFee; onCollected: (result: CollectResult) => void; onCancel: () => void }) {
  const settings = useQuery(deskQuery('cash.settings'));
  const transferOffered = Boolean(settings.data?.transferAccount);
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [tendered, setTendered] = useState<number | null>(null);
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const given = tendered ?? fee.amount;
  const change = given - fee.amount;

  const collect = async () => {
    if (method === 'cash' && change < 0) {
      setError('Tiền khách đưa chưa đủ số tiền phải thu.');
      return;
    }
    if (method === 'transfer' && !reference.trim()) {
      setError('Mã giao dịch chuyển khoản: bắt buộc nhập (xem trên điện thoại của người nộp).');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const input =
        method === 'transfer'
          ? { dossierId: fee.dossierId, method, reference: reference.trim() }
          : { dossierId: fee.dossierId, method, ...(tendered !== null ? { tendered } : {}) };
      onCollected(await call('payments.collect', input));
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  };

  return (
    <Modal open title={`Thu phí hồ sơ ${fee.dossierCode}`} onCancel={onCancel} footer={null} width={method === 'transfer' ? 640 : 520} destroyOnHidden>
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
        {transferOffered ? (
          <Form.Item label="Hình thức thu">
            <Radio.Group value={method} onChange={(e) => { setMethod(e.target.value as PaymentMethod); setError(null); }} optionType="button" buttonStyle="solid">
              <Radio value="cash">Tiền mặt</Radio>
              <Radio value="transfer">Chuyển khoản (VietQR)</Radio>
            </Radio.Group>
          </Form.Item>
        ) : null}
        {method === 'transfer' ? (
          <>
            <TransferQr dossierId={fee.dossierId} />
            <Form.Item label="Mã giao dịch" htmlFor="cash-transfer-reference" extra="Mã giao dịch trên điện thoại của người nộp sau khi chuyển khoản thành công.">
              <Input id="cash-transfer-reference" autoFocus maxLength={64} value={reference} onChange={(e) => setReference(e.target.value)} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item label="Tiền khách đưa" htmlFor="cash-tendered" extra="Để trống nếu khách đưa đúng số tiền.">
              <MoneyInput id="cash-tendered" autoFocus value={tendered} onChange={(n) => setTendered(n === null || n === undefined ? null : Number(n))} placeholder={formatVnd(fee.amount).replace(/ đ$/, '')} />
            </Form.Item>
            <dl className="cash-collect-figures">
              <dt>Tiền thừa trả khách</dt>
              <dd className={`cash-big ${change < 0 ? 'cash-shortfall' : ''}`} data-testid="collect-change">
                {change < 0 ? `Còn thiếu ${formatVnd(-change)}` : formatVnd(change)}
              </dd>
            </dl>
          </>
        )}
        {error ? <Alert type="error" showIcon role="alert" title={error} className="cash-dialog-alert" /> : null}
        <div className="cash-dialog-actions">
          <Button onClick={onCancel}>Hủy bỏ</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {method === 'transfer' ? 'Xác nhận đã chuyển khoản (Enter)' : 'Thu tiền (Enter)'}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
