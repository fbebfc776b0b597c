import type { FormRule } from 'antd';

/** Client-side checks that mirror shared/api/common.ts, so mistakes show before sending. */
export const USERNAME_RULES: FormRule[] = [
  { required: true, whitespace: true, message: 'Tên đăng nhập: bắt buộc nhập.' },
  { pattern: /^[a-zA-Z0-9._-]{3,32}$/, message: 'Tên đăng nhập: 3-32 ký tự a-z, 0-9, dấu chấm, gạch.' },
];

export const NEW_PASSWORD_RULES: FormRule[] = [
  { required: true, message: 'Mật khẩu: bắt buộc nhập.' },
  { min: 8, message: 'Mật khẩu: ít nhất 8 ký tự.' },
  { max: 200, message: 'Mật khẩu: tối đa 200 ký tự.' },
];

/** "Nhập lại mật khẩu" must equal the field named `passwordField`. */
export function confirmPasswordRules(passwordField: string): FormRule[] {
  return [
    { required: true, message: 'Vui lòng nhập lại mật khẩu.' },
    ({ getFieldValue }) => ({
      validator: (_rule, value) =>
        !value || getFieldValue(passwordField) === value ? Promise.resolve() : Promise.reject(new Error('Mật khẩu nhập lại không khớp.')),
    }),
  ];
}
