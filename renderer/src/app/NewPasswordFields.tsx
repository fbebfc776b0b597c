import { Form, Input } from 'antd';
import { confirmPasswordRules, NEW_PASSWORD_RULES } from './password-rules';

/** A new password and its repetition (the form's `confirmPassword`), with the shared rules. */
export function NewPasswordFields(props: { name: string; label: string; confirmLabel: string; extra?: string; autoFocus?: boolean }) {
  const { name, label, confirmLabel, extra, autoFocus } = props;
  return (
    <>
      <Form.Item label={label} name={name} rules={NEW_PASSWORD_RULES} extra={extra}>
        <Input.Password autoComplete="new-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item label={confirmLabel} name="confirmPassword" dependencies={[name]} rules={confirmPasswordRules(name)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
