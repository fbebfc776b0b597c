import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { call, messageOf } from '../../api';
import { showFieldErrors } from '../../app/form-errors';
import { confirmPasswordRules, NEW_PASSWORD_RULES, USERNAME_RULES } from '../../app/password-rules';
import { useSession } from '../../stores/session-store';
import { AuthLayout } from './AuthLayout';

interface FirstRunValues {
  username: string;
  fullName: string;
  password: string;
  confirmPassword: string;
}

/** "Thiết lập lần đầu": no account exists yet, so the first person creates the administrator and is signed in. */
export function FirstRunScreen({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<FirstRunValues>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(values: FirstRunValues) {
    setSaving(true);
    setError(null);
    try {
      const result = await call('auth.setupAdmin', { username: values.username, fullName: values.fullName, password: values.password });
      useSession.getState().signedIn(result);
      onDone();
    } catch (failure) {
      if (!showFieldErrors(form, failure)) setError(messageOf(failure));
    } finally {
      setSaving(false);
    }
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
        <Form.Item label="Mật khẩu" name="password" rules={NEW_PASSWORD_RULES} extra="Ít nhất 8 ký tự.">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="Nhập lại mật khẩu" name="confirmPassword" dependencies={['password']} rules={confirmPasswordRules('password')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={saving}>
          Tạo tài khoản quản trị
        </Button>
      </Form>
    </AuthLayout>
  );
}
