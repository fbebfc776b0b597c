import { Alert, App, Button, Card, Form, Input, Radio } from 'antd';
import { useEffect, useState } from 'react';
import type { CashSettings } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { useFormSubmit } from '../../ui/use-form-submit';
import { MoneyInput } from './MoneyInput';
import { receiptNumber } from './receipt-text';

type Values = Pick<CashSettings, 'form' | 'series' | 'movementForm' | 'unitName' | 'unitTaxCode' | 'paper' | 'receiptCopies' | 'shortageApprovalThreshold'> & {
  /** The agency's account for VietQR transfers, typed as three fields; all empty: no transfers. */
  transfer: { bankBin?: string; accountNumber?: string; accountName?: string };
};

const FIELDS: Array<Exclude<keyof Values, 'transfer'>> = ['form', 'series', 'movementForm', 'unitName', 'unitTaxCode', 'paper', 'receiptCopies', 'shortageApprovalThreshold'];

/** "Biên lai thu phí" (admin): the receipt's symbols, the collecting unit, the paper (A5 or an 80 mm roll), how many liên, and the shortage a close may have without a supervisor. */
export function ReceiptSettingsCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [settings, setSettings] = useState<CashSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const submit = useFormSubmit(form);

  useEffect(() => {
    let current = true;
    call('cash.settings').then(
      (loaded) => current && setSettings(loaded),
      (failure: unknown) => current && setLoadError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, []);

  // A refusal naming a field shows under it; any other above the form.
  const save = (values: Values) =>
    submit.run(async () => {
      const t = values.transfer;
      const typed = [t.bankBin, t.accountNumber, t.accountName].some((v) => v?.trim());
      const transferAccount = typed ? { bankBin: t.bankBin ?? '', accountNumber: t.accountNumber ?? '', accountName: t.accountName ?? '' } : null;
      const input = { ...Object.fromEntries(FIELDS.map((key) => [key, values[key]])), transferAccount };
      setSettings(await call('cash.configure', input));
      void message.success('Đã lưu thiết lập biên lai.');
    });
  const error = loadError ?? submit.error;

  return (
    <Card title="Biên lai thu phí, lệ phí" data-testid="receipt-settings">
      {error ? <Alert type="error" showIcon role="alert" className="desk-form-alert" title={error} /> : null}
      {settings ? (
        <Form form={form} name="receipt-settings" layout="vertical" initialValues={{ ...settings, transfer: settings.transferAccount ?? {} }} onFinish={(values) => void save(values)}>
          <Form.Item label="Ký hiệu mẫu biên lai" name="form" rules={[{ required: true, message: 'Ký hiệu mẫu biên lai: bắt buộc nhập.' }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item label="Ký hiệu biên lai" name="series" rules={[{ required: true, message: 'Ký hiệu biên lai: bắt buộc nhập.' }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item label="Ký hiệu phiếu chi (hủy, hoàn tiền)" name="movementForm" rules={[{ required: true, message: 'Ký hiệu phiếu chi: bắt buộc nhập.' }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item label="Đơn vị thu tiền" name="unitName" extra="Để trống: dùng tên đơn vị của máy trạm.">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="Mã số thuế" name="unitTaxCode">
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item label="Khổ giấy biên lai" name="paper">
            <Radio.Group>
              <Radio value="a5">A5</Radio>
              <Radio value="thermal-80mm">Cuộn nhiệt 80 mm</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item label="Số liên in" name="receiptCopies">
            <Radio.Group>
              <Radio value={2}>2 liên (Liên 1 lưu, Liên 2 giao người nộp)</Radio>
              <Radio value={1}>Chỉ Liên 2</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            label="Thiếu tiền khi đóng ca: quá mức này cần lãnh đạo duyệt"
            name="shortageApprovalThreshold"
            extra="0 đ: mọi ca thiếu tiền đều cần lãnh đạo duyệt tại quầy. Ca thiếu hoặc thừa luôn phải ghi lý do."
            rules={[{ required: true, message: 'Mức thiếu tiền cần lãnh đạo duyệt: bắt buộc nhập (0 nếu mọi khoản thiếu đều cần duyệt).' }]}
          >
            <MoneyInput />
          </Form.Item>
          <fieldset className="cash-transfer-account" aria-label="Tài khoản nhận chuyển khoản (VietQR)">
            <legend>Tài khoản nhận chuyển khoản (VietQR)</legend>
            <p className="cash-muted">Để trống cả ba ô: không thu bằng chuyển khoản.</p>
            <Form.Item label="Mã BIN ngân hàng (6 số)" name={['transfer', 'bankBin']} htmlFor="transfer-bank-bin">
              <Input id="transfer-bank-bin" maxLength={6} inputMode="numeric" />
            </Form.Item>
            <Form.Item label="Số tài khoản" name={['transfer', 'accountNumber']} htmlFor="transfer-account-number">
              <Input id="transfer-account-number" maxLength={19} />
            </Form.Item>
            <Form.Item label="Tên tài khoản" name={['transfer', 'accountName']} htmlFor="transfer-account-name">
              <Input id="transfer-account-name" maxLength={100} />
            </Form.Item>
          </fieldset>
          <p className="cash-muted">
            Dải số của quầy {settings.counter}: {receiptNumber(settings.counterRange.first)} – {receiptNumber(settings.counterRange.last)}
          </p>
          <Button type="primary" htmlType="submit" loading={submit.saving}>
            Lưu thiết lập biên lai
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
