import { Alert, Form, Modal } from 'antd';
import { PasswordInput } from '../../ui/PasswordInput';
import { call } from '../../api';
import { useFormSubmit } from '../../ui/use-form-submit';
import { NewPasswordFields } from '../../ui/NewPasswordFields';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** "Đổi mật khẩu": any signed-in officer changes their own password. */
export function ChangePasswordDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const { saving, error, run } = useFormSubmit(form);

  async function submit(values: ChangePasswordValues) {
    await run(async () => {
      await call('auth.changePassword', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      form.resetFields();
      onDone();
    });
  }

  return (
    <Modal
      title="Đổi mật khẩu"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Đổi mật khẩu"
      cancelText="Hủy"
      confirmLoading={saving}
      destroyOnHidden
      data-testid="change-password-dialog"
    >
      {error ? <Alert type="error" showIcon title={error} className="desk-form-alert" /> : null}
      <Form form={form} name="change-password" layout="vertical" onFinish={submit}>
        <Form.Item label="Mật khẩu hiện tại" name="currentPassword" rules={[{ required: true, message: 'Mật khẩu hiện tại: bắt buộc nhập.' }]}>
          <PasswordInput autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordFields name="newPassword" label="Mật khẩu mới" confirmLabel="Nhập lại mật khẩu mới" differentFrom="currentPassword" />
      </Form>
    </Modal>
  );
}
