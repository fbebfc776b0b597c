import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { call, messageOf } from '../../api';
import { useFormSubmit } from '../../ui/use-form-submit';

/** Cài đặt → Chung (admin): the portal address where a citizen follows a dossier, drawn as a QR code on the citizen display. */
export function TrackingUrlCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ trackingUrl: string }>();
  const submit = useFormSubmit(form);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('display.settings').then(
      ({ trackingUrl }) => {
        if (!live) return;
        if (!form.isFieldTouched('trackingUrl')) form.setFieldsValue({ trackingUrl: trackingUrl ?? '' });
        setLoaded(true);
      },
      (e: unknown) => live && setLoadError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [form]);

  const save = ({ trackingUrl }: { trackingUrl: string }) =>
    submit.run(async () => {
      const saved = await call('display.configure', { trackingUrl: trackingUrl.trim() ? trackingUrl.trim() : null });
      form.setFieldsValue({ trackingUrl: saved.trackingUrl ?? '' });
      message.success(saved.trackingUrl ? 'Đã lưu địa chỉ tra cứu hồ sơ.' : 'Đã bỏ địa chỉ tra cứu: màn hình công dân chỉ hiện mã hồ sơ.');
    });

  return (
    <Card title="Màn hình công dân" data-testid="tracking-url-settings">
      {loadError ? <Alert type="error" showIcon title={loadError} /> : null}
      <Typography.Paragraph type="secondary">
        Địa chỉ công dân tra cứu hồ sơ trên cổng dịch vụ công, viết {'{code}'} ở chỗ mã hồ sơ. Sau khi tiếp nhận, màn hình công dân hiện mã QR của địa chỉ này.
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        // The server's refusal under the field goes as soon as the address is changed.
        onValuesChange={() => form.setFields([{ name: 'trackingUrl', errors: [] }])}
        disabled={!loaded || submit.saving}
      >
        <Form.Item name="trackingUrl" label="Địa chỉ tra cứu hồ sơ">
          <Input placeholder="https://dichvucong.gov.vn/...?maHoSo={code}" />
        </Form.Item>
        {submit.error ? <Alert type="error" showIcon title={submit.error} /> : null}
        <Button type="primary" htmlType="submit" loading={submit.saving}>
          Lưu địa chỉ tra cứu
        </Button>
      </Form>
    </Card>
  );
}
