import { Alert, Form, Modal, Typography } from 'antd';
import type { UserView } from '../../../../shared/api';
import { call } from '../../api';
import { useFormSubmit } from '../../ui/use-form-submit';
import { NewPasswordFields } from '../../ui/NewPasswordFields';

interface ResetPasswordValues {
  password: string;
  confirmPassword: string;
}

/** "Đặt lại mật khẩu": the administrator gives an officer a new password. */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: UserView | null; onClose: () => void; onDone: (user: UserView) => void }) {
  const [form] = Form.useForm<ResetPasswordValues>();
  const { saving, error, run } = useFormSubmit(form);

  async function submit(values: ResetPasswordValues) {
    if (!user) return;
    await run(async () => {
      await call('users.resetPassword', { username: user.username, password: values.password });
      form.resetFields();
      onDone(user);
    });
  }

  return (
    <Modal
      title="Đặt lại mật khẩu"
      open={user !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Đặt lại mật khẩu"
      cancelText="Hủy"
      confirmLoading={saving}
      destroyOnHidden
      data-testid="reset-password-dialog"
    >
      {user ? (
        <Typography.Paragraph>
          Tài khoản: <strong>{user.fullName}</strong> ({user.username})
        </Typography.Paragraph>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} className="desk-form-alert" /> : null}
      <Form form={form} name="reset-password" layout="vertical" onFinish={submit}>
        <NewPasswordFields name="password" label="Mật khẩu mới" confirmLabel="Nhập lại mật khẩu mới" autoFocus extra="Cán bộ phải đổi mật khẩu này ở lần đăng nhập tới." />
      </Form>
    </Modal>
  );
}
