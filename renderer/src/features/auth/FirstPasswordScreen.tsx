import { Alert, Button, Form } from 'antd';
import { call } from '../../api';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { useSession } from '../../stores/session-store';
import { PasswordInput } from '../../ui/PasswordInput';
import { AuthLayout } from './AuthLayout';
import { signOut } from './sign-out';

interface FirstPasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * "Đổi mật khẩu": shown right after signing in with a password an administrator set (a new account
 * or a reset). The core answers nothing else until it is changed; then the desk opens on Tiếp nhận.
 */
export function FirstPasswordScreen({ fullName }: { fullName: string }) {
  const [form] = Form.useForm<FirstPasswordValues>();
  const { saving, error, run } = useFormSubmit(form);

  async function submit(values: FirstPasswordValues) {
    await run(async () => {
      const result = await call('auth.changePassword', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      useSession.getState().userRefreshed(result.user);
    });
  }

  return (
    <AuthLayout
      title="Đổi mật khẩu"
      subtitle={`${fullName}: tài khoản đang dùng mật khẩu do quản trị viên cấp. Hãy đặt mật khẩu riêng của mình trước khi làm việc; quản trị viên sẽ không biết mật khẩu này.`}
      testId="first-password-screen"
    >
      {error ? <Alert type="error" showIcon title={error} className="desk-form-alert" /> : null}
      <Form form={form} name="first-password" layout="vertical" onFinish={submit} requiredMark={false} size="large">
        <Form.Item label="Mật khẩu được cấp" name="currentPassword" rules={[{ required: true, message: 'Mật khẩu được cấp: bắt buộc nhập.' }]}>
          <PasswordInput autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordFields name="newPassword" label="Mật khẩu mới" confirmLabel="Nhập lại mật khẩu mới" differentFrom="currentPassword" />
        <Button type="primary" htmlType="submit" block loading={saving}>
          Đổi mật khẩu và bắt đầu làm việc
        </Button>
        <Button type="link" block onClick={() => void signOut()} style={{ marginTop: 8 }}>
          Đăng xuất
        </Button>
      </Form>
    </AuthLayout>
  );
}
