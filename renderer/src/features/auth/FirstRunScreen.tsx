import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { findDeskBridge } from '../../api/desk-bridge';
import { useFormSubmit } from '../../ui/use-form-submit';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { USERNAME_RULES } from '../../ui/password-rules';
import { useSession } from '../../stores/session-store';
import { AuthLayout } from './AuthLayout';
import { openFirstScreen } from './first-screen';

interface FirstRunValues {
  setupCode: string;
  username: string;
  fullName: string;
  password: string;
  confirmPassword: string;
}

/** "Thiết lập lần đầu": no account exists yet, so the first person creates the administrator and is signed in. */
export function FirstRunScreen({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<FirstRunValues>();
  const { saving, error, run } = useFormSubmit(form);
  // Inside the app the main process hands its own window the code; against the host it is typed from the console.
  const [codeFromApp, setCodeFromApp] = useState(false);
  useEffect(() => {
    void findDeskBridge()
      ?.setupCode()
      .then((code) => {
        if (!code) return;
        form.setFieldValue('setupCode', code);
        setCodeFromApp(true);
      });
  }, [form]);

  async function submit(values: FirstRunValues) {
    await run(async () => {
      const result = await call('auth.setupAdmin', { setupCode: values.setupCode, username: values.username, fullName: values.fullName, password: values.password });
      openFirstScreen();
      useSession.getState().signedIn(result);
      onDone();
    });
  }

  return (
    <AuthLayout
      title="Thiết lập lần đầu"
      subtitle="Máy này chưa có tài khoản nào. Tạo tài khoản quản trị hệ thống để bắt đầu; sau đó quản trị viên tạo tài khoản cho các cán bộ."
      testId="first-run-screen"
    >
      {error ? <Alert type="error" showIcon title={error} className="desk-form-alert" /> : null}
      <Form form={form} name="first-run" layout="vertical" onFinish={submit} initialValues={{ username: 'admin' }}>
        <Form.Item label="Tên đăng nhập" name="username" rules={USERNAME_RULES}>
          <Input autoComplete="username" autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, whitespace: true, message: 'Họ và tên: bắt buộc nhập.' }]}>
          <Input autoComplete="name" autoFocus />
        </Form.Item>
        <NewPasswordFields name="password" label="Mật khẩu" confirmLabel="Nhập lại mật khẩu" extra="Ít nhất 8 ký tự." />
        <Form.Item
          label="Mã thiết lập"
          name="setupCode"
          hidden={codeFromApp}
          extra="Mã 6 chữ số in trên cửa sổ dòng lệnh của máy chủ, dòng “MÃ THIẾT LẬP”."
          rules={[
            { required: true, whitespace: true, message: 'Mã thiết lập: bắt buộc nhập.' },
            { pattern: /^\s*\d{3}[\s-]?\d{3}\s*$/, message: 'Mã thiết lập gồm 6 chữ số, ví dụ 123-456.' },
          ]}
        >
          <Input autoComplete="off" inputMode="numeric" spellCheck={false} placeholder="123-456" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={saving}>
          Tạo tài khoản quản trị
        </Button>
      </Form>
    </AuthLayout>
  );
}
