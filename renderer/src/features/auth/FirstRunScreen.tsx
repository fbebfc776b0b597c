import { Alert, Button, Form, Input } from 'antd';
import { call } from '../../api';
import { useFormSubmit } from '../../ui/use-form-submit';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { USERNAME_RULES } from '../../ui/password-rules';
import { useSession } from '../../stores/session-store';
import { AuthLayout } from './AuthLayout';
import { openFirstScreen } from './first-screen';

interface FirstRunValues {
  username: string;
  fullName: string;
  password: string;
  confirmPassword: string;
}

/** "Thiết lập lần đầu": no account exists yet, so the first person creates the administrator and is signed in. */
export function FirstRunScreen({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<FirstRunValues>();
  const { saving, error, run } = useFormSubmit(form);

  async function submit(values: FirstRunValues) {
    await run(async () => {
      const result = await call('auth.setupAdmin', { username: values.username, fullName: values.fullName, password: values.password });
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
        <Button type="primary" htmlType="submit" block size="large" loading={saving}>
          Tạo tài khoản quản trị
        </Button>
      </Form>
    </AuthLayout>
  );
}
