import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { HotFolderState } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { useFormSubmit } from '../../ui/use-form-submit';

const MEGABYTE = 1024 * 1024;

interface Loaded {
  hotFolder: HotFolderState;
  maxFileBytes: number;
  keepImportedDays: number;
}

/** "Số hoá hồ sơ" (admin): the scan-to-folder printers' hot folder and the portal's size limit per file. */
export function DigitisingSettingsCard() {
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [folderForm] = Form.useForm<{ path: string }>();
  const [limitForm] = Form.useForm<{ megabytes: number; keepImportedDays: number }>();
  const folderSubmit = useFormSubmit(folderForm);
  const limitSubmit = useFormSubmit(limitForm);
  const busy = folderSubmit.saving || limitSubmit.saving;
  // Until the saved values are in the fields, nothing can be typed or saved.
  const loading = loaded === null;

  useEffect(() => {
    let live = true;
    Promise.all([call('attachments.hotFolderState'), call('attachments.limits')]).then(
      ([hotFolder, limits]) => {
        if (!live) return;
        setLoaded({ hotFolder, ...limits });
        // Never over what was typed meanwhile: that would replace the typed path (a save then turns
        // the folder off) or clear the refusal shown under it (the forms stay disabled until now).
        if (!folderForm.isFieldTouched('path')) folderForm.setFieldsValue({ path: hotFolder.path ?? '' });
        if (!limitForm.isFieldTouched('megabytes')) limitForm.setFieldsValue({ megabytes: limits.maxFileBytes / MEGABYTE });
        if (!limitForm.isFieldTouched('keepImportedDays')) limitForm.setFieldsValue({ keepImportedDays: limits.keepImportedDays });
      },
      (e: unknown) => live && setLoadError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [folderForm, limitForm]);

  // The server's refusal of the folder shows under the field (fields.path); others above the button.
  const saveFolder = (path: string | null) =>
    folderSubmit.run(async () => {
      const hotFolder = await call('attachments.setHotFolder', { path });
      setLoaded((current) => (current ? { ...current, hotFolder } : current));
      folderForm.setFieldsValue({ path: hotFolder.path ?? '' });
      message.success(hotFolder.path ? 'Đã đặt thư mục quét.' : 'Đã tắt thư mục quét.');
    });

  const saveLimit = (megabytes: number, keepImportedDays: number) =>
    limitSubmit.run(async () => {
      const limits = await call('attachments.setLimits', { maxFileBytes: Math.round(megabytes * MEGABYTE), keepImportedDays });
      setLoaded((current) => (current ? { ...current, ...limits } : current));
      message.success('Đã lưu giới hạn dung lượng.');
    });

  return (
    <Card title="Số hoá hồ sơ" className="desk-portal-settings" data-testid="digitising-settings">
      {loadError ? <Alert type="error" showIcon title={`Không tải được thiết lập số hoá: ${loadError}`} className="desk-form-alert" /> : null}
      <Form form={folderForm} layout="vertical" disabled={loading} onFinish={(values) => void saveFolder(values.path.trim() || null)}>
        <Form.Item
          label="Thư mục quét (máy quét, máy in đa năng lưu tệp vào thư mục)"
          name="path"
          extra="Đường dẫn đầy đủ trên máy này, ví dụ D:\MayQuet hoặc \\may-in\quet. Tệp mới xuất hiện ở nút “Thư mục quét” của từng thành phần; tệp đã nhận chuyển vào thư mục con “đã nhận”."
        >
          <Input autoComplete="off" placeholder="Chưa đặt: không theo dõi thư mục nào" />
        </Form.Item>
        {loaded?.hotFolder.problem ? (
          <Alert type="warning" showIcon title={`Không đọc được thư mục quét: ${loaded.hotFolder.problem}`} className="desk-form-alert" />
        ) : null}
        {folderSubmit.error ? <Alert type="error" showIcon title={folderSubmit.error} className="desk-form-alert" data-testid="hot-folder-error" /> : null}
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy}>
            Lưu thư mục quét
          </Button>
          <Button onClick={() => void saveFolder(null)} disabled={!loaded?.hotFolder.path || busy}>
            Tắt thư mục quét
          </Button>
        </Space>
      </Form>
      <Form form={limitForm} layout="vertical" className="desk-settings-subform" disabled={loading} onFinish={(values) => void saveLimit(values.megabytes, values.keepImportedDays)}>
        <Form.Item
          label="Dung lượng tối đa mỗi thành phần (MB)"
          name="megabytes"
          rules={[{ required: true, message: 'Dung lượng tối đa: bắt buộc nhập.' }]}
          extra="Theo giới hạn của cổng dịch vụ công tỉnh (mặc định 6 MB). Tệp lớn hơn bị từ chối ngay khi đính kèm."
        >
          <InputNumber min={0.5} max={40} step={0.5} decimalSeparator="," />
        </Form.Item>
        <Form.Item
          label="Giữ tệp gốc trong thư mục “đã nhận” (ngày)"
          name="keepImportedDays"
          rules={[{ required: true, message: 'Số ngày giữ tệp gốc đã nhận: bắt buộc nhập.' }]}
          extra="Tệp gốc máy quét để lại trong thư mục con “đã nhận” bị xoá sau số ngày này (mặc định 30); bản số hoá trong hồ sơ được mã hoá và giữ lại."
        >
          <InputNumber min={1} max={365} step={1} precision={0} />
        </Form.Item>
        {limitSubmit.error ? <Alert type="error" showIcon title={limitSubmit.error} className="desk-form-alert" /> : null}
        <Button htmlType="submit" loading={busy}>
          Lưu giới hạn
        </Button>
        {loaded ? (
          <Typography.Text type="secondary" className="desk-settings-note">
            Đang áp dụng: {(loaded.maxFileBytes / MEGABYTE).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB, giữ tệp gốc {loaded.keepImportedDays} ngày
          </Typography.Text>
        ) : null}
      </Form>
    </Card>
  );
}
