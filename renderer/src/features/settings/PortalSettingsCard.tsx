import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { ConnectionTestResult as TestResult, InputOf, PortalSettingsView, SetPortalResult } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { findDeskBridge } from '../../api/desk-bridge';
import { useFormSubmit } from '../../ui/use-form-submit';
import { PasswordInput } from '../../ui/PasswordInput';
import { ConnectionTestResult } from './ConnectionTestResult';
import { usePortalSettings } from './use-portal-settings';
import './settings.css';

interface PortalFormValues {
  url: string;
  user: string;
  password?: string;
  dstcode: string;
  agencyId: string;
  agencyName: string;
  counter: number;
}

const REQUIRED = (label: string) => [{ required: true, whitespace: true, message: `${label}: bắt buộc nhập.` }];

function formValues(view: PortalSettingsView): PortalFormValues {
  return { url: view.url, user: view.user, password: '', dstcode: view.dstcode, agencyId: view.agencyId, agencyName: view.agencyName, counter: view.counterNumber };
}

/** What the form holds, as the API takes it: an empty password means "keep the kept one". */
function toInput(values: PortalFormValues): InputOf<'settings.setPortal'> {
  const { password, ...rest } = values;
  return password ? { ...rest, password } : rest;
}

function RestartNotice({ view, saved }: { view: PortalSettingsView; saved: SetPortalResult | null }) {
  const { message } = App.useApp();
  const desk = findDeskBridge();
  const text =
    saved?.message ??
    (view.restart === 'app'
      ? 'Thiết lập cổng đã lưu nhưng chưa áp dụng: khởi động lại ứng dụng.'
      : 'Thiết lập cổng đã lưu nhưng chưa áp dụng: khởi động lại máy chủ (mật khẩu qua biến môi trường MOTCUA_PORTAL_PASSWORD).');
  const relaunch = () => {
    void desk?.relaunch().then((result) => {
      if (!result.ok) message.error(result.message);
    });
  };
  return (
    <Alert
      type="warning"
      showIcon
      title="Cần khởi động lại để áp dụng"
      description={text}
      action={desk && view.restart === 'app' ? <Button onClick={relaunch}>Khởi động lại ngay</Button> : undefined}
      className="desk-form-alert"
      data-testid="portal-restart-notice"
    />
  );
}

/** "Kết nối cổng dịch vụ công" (admin): the production portal, its password kept safe, and "Kiểm tra kết nối". */
export function PortalSettingsCard() {
  const { message } = App.useApp();
  const { view, error: loadError, reload } = usePortalSettings();
  const [form] = Form.useForm<PortalFormValues>();
  const { saving, error, run } = useFormSubmit(form);
  const [saved, setSaved] = useState<SetPortalResult | null>(null);
  const [testing, setTesting] = useState(false);
  const [tested, setTested] = useState<TestResult | null>(null);

  useEffect(() => {
    if (view) form.setFieldsValue(formValues(view));
  }, [view, form]);

  if (!view) {
    return (
      <Card title="Kết nối cổng dịch vụ công" loading={!loadError} data-testid="portal-settings">
        {loadError ? <Alert type="error" showIcon title={loadError} /> : null}
      </Card>
    );
  }

  async function save(values: PortalFormValues) {
    setTested(null);
    await run(async () => {
      const result = await call('settings.setPortal', toInput(values));
      setSaved(result);
      message.success('Đã lưu thiết lập cổng.');
      await reload();
    });
  }

  async function testConnection() {
    const url = (form.getFieldValue('url') as string | undefined)?.trim();
    setTesting(true);
    setTested(null);
    try {
      if (url) {
        // The settings as typed, saved or not; the portal in use when the form is empty.
        const values = await form.validateFields(['url', 'user', 'dstcode', 'password']);
        const agencyId = (form.getFieldValue('agencyId') as string | undefined)?.trim();
        const portal = { url: values.url, user: values.user, dstcode: values.dstcode, ...(values.password ? { password: values.password } : {}), ...(agencyId ? { agencyId } : {}) };
        setTested(await call('sync.testConnection', { portal }));
      } else {
        setTested(await call('sync.testConnection', {}));
      }
    } catch (failure) {
      // A field the form refused shows under the field itself.
      if (!(failure && typeof failure === 'object' && 'errorFields' in failure)) setTested({ ok: false, message: messageOf(failure), clockSkewSeconds: null });
    } finally {
      setTesting(false);
    }
  }

  const training = view.mode === 'training';
  const passwordExtra = view.canSavePassword
    ? view.passwordSet
      ? 'Đã có mật khẩu được lưu: để trống để giữ nguyên.'
      : 'Mật khẩu được mã hóa bằng kho khóa của hệ điều hành, không lưu dạng chữ thường.'
    : view.secretStorage === 'environment'
      ? 'Máy chủ không lưu mật khẩu: mật khẩu lấy từ biến môi trường MOTCUA_PORTAL_PASSWORD khi khởi động. Ô này chỉ dùng để kiểm tra kết nối (để trống: dùng mật khẩu máy chủ đang có).'
      : `${view.saveNote ?? ''} Ô này vẫn dùng được để kiểm tra kết nối.`;

  return (
    <Card title="Kết nối cổng dịch vụ công" data-testid="portal-settings" className="desk-portal-settings">
      <Descriptions column={1} size="small" className="desk-portal-facts">
        <Descriptions.Item label="Chế độ">
          {training ? <Tag color="orange">Tập huấn</Tag> : <Tag color="green">Chính thức</Tag>}
          {training ? 'đang dùng cổng tập huấn trên máy này' : null}
        </Descriptions.Item>
        <Descriptions.Item label="Mật khẩu kết nối">{view.passwordSet ? 'Đã có' : 'Chưa có'}</Descriptions.Item>
        <Descriptions.Item label="Nơi giữ mật khẩu">{view.secretStorageLabel}</Descriptions.Item>
        {view.productionDir ? <Descriptions.Item label="Thư mục dữ liệu chính thức">{view.productionDir}</Descriptions.Item> : null}
      </Descriptions>
      {training && view.canSave ? (
        <Alert
          type="info"
          showIcon
          className="desk-form-alert"
          title="Cổng thật dùng thư mục dữ liệu riêng"
          description="Thư mục tập huấn không bao giờ nối với cổng thật. Khi lưu, thiết lập vào thư mục dữ liệu chính thức; ứng dụng khởi động lại vào thư mục đó, dữ liệu tập huấn giữ nguyên."
        />
      ) : null}
      {!view.canSave ? <Alert type="info" showIcon className="desk-form-alert" title="Không lưu được trên máy chủ tập huấn" description={view.saveNote} data-testid="portal-save-note" /> : null}
      {view.restartRequired || saved ? <RestartNotice view={view} saved={saved} /> : null}
      {error ? <Alert type="error" showIcon title={error} className="desk-form-alert" data-testid="portal-save-error" /> : null}
      <Form form={form} name="portal-settings" layout="vertical" onFinish={save} initialValues={formValues(view)} disabled={saving}>
        <Form.Item label="Địa chỉ cổng" name="url" rules={REQUIRED('Địa chỉ cổng')} extra="Ví dụ https://dichvucong.<tỉnh>.gov.vn/api">
          <Input autoComplete="off" placeholder="https://" />
        </Form.Item>
        <div className="desk-portal-row">
          <Form.Item label="Tài khoản kết nối" name="user" rules={REQUIRED('Tài khoản kết nối')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label="Mã định tuyến (dstcode)" name="dstcode" rules={REQUIRED('Mã định tuyến (dstcode)')}>
            <Input autoComplete="off" />
          </Form.Item>
        </div>
        <Form.Item label="Mật khẩu kết nối" name="password" extra={passwordExtra}>
          <PasswordInput autoComplete="new-password" placeholder={view.passwordSet ? '••••••••' : undefined} />
        </Form.Item>
        <Form.Item label="Tên cơ quan (in trên giấy tờ)" name="agencyName" rules={REQUIRED('Tên cơ quan')} extra="Ví dụ: UBND Phường Tân Phong">
          <Input autoComplete="off" />
        </Form.Item>
        <div className="desk-portal-row">
          <Form.Item label="Mã đơn vị" name="agencyId" rules={REQUIRED('Mã đơn vị')} extra="Mã định danh điện tử, ví dụ 000.00.00.H29">
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label="Số quầy" name="counter" rules={[{ required: true, message: 'Số quầy: bắt buộc nhập.' }]}>
            <InputNumber min={1} max={9} precision={0} />
          </Form.Item>
        </div>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={saving} disabled={!view.canSave}>
            Lưu thiết lập
          </Button>
          <Button onClick={() => void testConnection()} loading={testing} disabled={false}>
            Kiểm tra kết nối
          </Button>
        </Space>
      </Form>
      {tested ? <ConnectionTestResult result={tested} /> : null}
    </Card>
  );
}
