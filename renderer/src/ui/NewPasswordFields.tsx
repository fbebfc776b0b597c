import { Form } from 'antd';
import { PasswordInput } from './PasswordInput';
import { confirmPasswordRules, differentPasswordRule, NEW_PASSWORD_RULES } from './password-rules';

/**
 * A new password and its repetition (the form's `confirmPassword`), with the shared rules;
 * `differentFrom` names the field of the current password the new one must differ from.
 */
export function NewPasswordFields(props: { name: string; label: string; confirmLabel: string; extra?: string; autoFocus?: boolean; differentFrom?: string }) {
  const { name, label, confirmLabel, extra, autoFocus, differentFrom } = props;
  const rules = differentFrom ? [...NEW_PASSWORD_RULES, differentPasswordRule(differentFrom)] : NEW_PASSWORD_RULES;
  return (
    <>
      <Form.Item label={label} name={name} rules={rules} extra={extra} dependencies={differentFrom ? [differentFrom] : undefined}>
        <PasswordInput autoComplete="new-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item label={confirmLabel} name="confirmPassword" dependencies={[name]} rules={confirmPasswordRules(name)}>
        <PasswordInput autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
