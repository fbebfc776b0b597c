import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { UserView } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { showFieldErrors } from '../../app/form-errors';
import { confirmPasswordRules, NEW_PASSWORD_RULES } from '../../app/password-rules';

interface ResetPasswordValues {
  password: string;
  confirmPassword: string;
}

/** "Đặt lại mật khẩu": the administrator gives an officer a new password. */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: UserView | null; onClose: () => void; onDone: (user: UserView) => void }) {
  const [form] = Form.useForm<ResetPasswordValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(values: ResetPasswordValues) {
    if (!user) return;
    setSaving(true);
    setError(null);
    try {
      await call('users.resetPassword', { username: user.username, password: values.password });
      form.resetFields();
      onDone(user);
    } catch (failure) {
      if (!showFieldErrors(form, failure)) setError(messageOf(failure));
    } finally {
      setSaving(false);
    }
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
        <Form.Item label="Mật khẩu mới" name="password" rules={NEW_PASSWORD_RULES}>
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
        <Form.Item label="Nhập lại mật khẩu mới" name="confirmPassword" dependencies={['password']} rules={confirmPasswordRules('password')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
