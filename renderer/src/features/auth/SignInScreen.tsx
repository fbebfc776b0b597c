import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { call, messageOf } from '../../api';
import { showFieldErrors } from '../../ui/form-errors';
import { useSession } from '../../stores/session-store';
import { PasswordInput } from '../../ui/PasswordInput';
import { AuthLayout } from './AuthLayout';
import { openFirstScreen } from './first-screen';

interface SignInValues {
  username: string;
  password: string;
}

/** "Đăng nhập": the officer signs in; a refusal shows the core's Vietnamese message. */
export function SignInScreen() {
  const [form] = Form.useForm<SignInValues>();
  const notice = useSession((state) => state.notice);
  const [error, setError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);

  async function submit(values: SignInValues) {
    setSigningIn(true);
    setError(null);
    useSession.getState().noticeShown();
    try {
      const result = await call('auth.login', { username: values.username.trim(), password: values.password });
      openFirstScreen();
      useSession.getState().signedIn(result);
    } catch (failure) {
      if (!showFieldErrors(form, failure)) setError(messageOf(failure));
      form.setFieldValue('password', '');
    } finally {
      setSigningIn(false);
    }
  }

  const shown = error ?? notice;
  return (
    <AuthLayout title="Đăng nhập" subtitle="Cán bộ đăng nhập bằng tài khoản được quản trị hệ thống cấp." testId="sign-in-screen">
      {shown ? <Alert type={error ? 'error' : 'warning'} showIcon title={shown} className="desk-form-alert" data-testid="sign-in-alert" /> : null}
      <Form form={form} name="sign-in" layout="vertical" onFinish={submit} requiredMark={false} size="large">
        <Form.Item label="Tên đăng nhập" name="username" rules={[{ required: true, whitespace: true, message: 'Tên đăng nhập: bắt buộc nhập.' }]}>
          <Input autoComplete="username" autoFocus autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Mật khẩu: bắt buộc nhập.' }]}>
          <PasswordInput autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={signingIn}>
          Đăng nhập
        </Button>
      </Form>
    </AuthLayout>
  );
}
