import { Input } from 'antd';
import type { PasswordProps } from 'antd/es/input';

/**
 * A password field whose eye icon is not a tab stop: Tab goes from the field to the next one, and
 * Enter in the form submits instead of revealing the password. The icon still works with the mouse.
 */
export function PasswordInput(props: Omit<PasswordProps, 'visibilityToggle'>) {
  return <Input.Password {...props} visibilityToggle={{ tabIndex: -1 }} />;
}
