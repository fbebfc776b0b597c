import { Alert, App, Button, Card, Form, Radio, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import type { DeskPrinter } from '../../../../shared/api/bridge';
import { findDeskBridge } from '../../api/desk-bridge';
import { getPrintSettings, savePrintSettings, type PrintSettings } from '../../print/print-settings';

const SYSTEM_DEFAULT = '';

function printerOptions(printers: DeskPrinter[]) {
  return [
    { value: SYSTEM_DEFAULT, label: 'Máy in mặc định của hệ thống' },
    ...printers.map((printer) => ({ value: printer.name, label: printer.isDefault ? `${printer.displayName} (mặc định)` : printer.displayName })),
  ];
}

/** "Máy in và khổ giấy": kept on this machine (each counter has its own printer). */
export function PrinterSettingsCard() {
  const { message } = App.useApp();
  const desk = findDeskBridge();
  const [form] = Form.useForm<PrintSettings>();
  const [printers, setPrinters] = useState<DeskPrinter[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);

  useEffect(() => {
    if (!desk) return;
    let current = true;
    desk.printers().then(
      (list) => current && setPrinters(list),
      () => current && setListError('Không đọc được danh sách máy in của hệ thống.'),
    );
    return () => {
      current = false;
    };
  }, [desk]);

  function save(values: PrintSettings) {
    savePrintSettings({ paper: values.paper, deviceName: values.deviceName ?? SYSTEM_DEFAULT, silent: Boolean(values.silent), controlSheetAtHandOff: Boolean(values.controlSheetAtHandOff) });
    message.success('Đã lưu thiết lập in trên máy này.');
  }

  // A printer saved earlier but no longer installed stays visible, so the officer sees why.
  const saved = getPrintSettings();
  const known = printers ?? [];
  const list = saved.deviceName && !known.some((p) => p.name === saved.deviceName) ? [...known, { name: saved.deviceName, displayName: `${saved.deviceName} (không tìm thấy)`, isDefault: false }] : known;

  return (
    <Card title="Máy in và khổ giấy" data-testid="printer-settings">
      {desk ? null : (
        <Alert
          type="info"
          showIcon
          className="desk-form-alert"
          title="In qua hộp thoại in của trình duyệt"
          description="Trên trình duyệt, phiếu được in qua hộp thoại in: chọn máy in ở đó. Khổ giấy dưới đây quyết định bố cục của mẫu phiếu."
          data-testid="browser-print-note"
        />
      )}
      {listError ? <Alert type="error" showIcon className="desk-form-alert" title={listError} /> : null}
      <Form form={form} name="printer-settings" layout="vertical" onFinish={save} initialValues={saved}>
        {desk ? (
          <>
            <Form.Item label="Máy in các mẫu phiếu" name="deviceName">
              <Select options={printerOptions(list)} loading={printers === null && !listError} aria-label="Máy in các mẫu phiếu" />
            </Form.Item>
            <Form.Item label="In thẳng không hỏi" name="silent" valuePropName="checked" extra="Gửi thẳng tới máy in đã chọn, không mở hộp thoại in.">
              <Switch aria-label="In thẳng không hỏi" />
            </Form.Item>
          </>
        ) : null}
        <Form.Item label="Khổ giấy các mẫu phiếu" name="paper">
          <Radio.Group>
            <Radio value="A4">A4 (mẫu chính thức)</Radio>
            <Radio value="A5">A5</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          label="Tự in phiếu kiểm soát (Mẫu 06) khi chuyển xử lý"
          name="controlSheetAtHandOff"
          valuePropName="checked"
          extra="Bật: phiếu kiểm soát quá trình giải quyết hồ sơ được in ngay khi chuyển hồ sơ sang bộ phận chuyên môn. Tắt: hỏi in sau mỗi lần chuyển."
        >
          <Switch aria-label="Tự in phiếu kiểm soát (Mẫu 06) khi chuyển xử lý" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            Lưu thiết lập in
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
