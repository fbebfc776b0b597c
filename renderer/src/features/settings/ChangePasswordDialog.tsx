import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { call, messageOf } from '../../api';
import { showFieldErrors } from '../../app/form-errors';
import { confirmPasswordRules, NEW_PASSWORD_RULES } from '../../app/password-rules';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** "Đổi mật khẩu": any signed-in officer changes their own password. */
export function ChangePasswordDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(values: ChangePasswordValues) {
    setSaving(true);
    setError(null);
    try {
      await call('auth.changePassword', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      form.resetFields();
      onDone();
    } catch (failure) {
      if (!showFieldErrors(form, failure)) setError(messageOf(failure));
    } finally {
      setSaving(false);
    }
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
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item label="Mật khẩu mới" name="newPassword" rules={NEW_PASSWORD_RULES}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="Nhập lại mật khẩu mới" name="confirmPassword" dependencies={['newPassword']} rules={confirmPasswordRules('newPassword')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
