import type { FormRule } from 'antd';
import type { z } from 'zod';
import { firstProblem, newPassword, SAME_PASSWORD_MESSAGE, username } from '../../../shared/account-rules';

/** A form rule that runs a shared zod schema: the same check and message as the core's input. */
function schemaRule(schema: z.ZodType): FormRule {
  return {
    required: true,
    validator: async (_rule, value: unknown) => {
      const problem = firstProblem(schema, value ?? '');
      if (problem) throw new Error(problem);
    },
  };
}

/** The account rules of shared/account-rules.ts, checked before sending. */
export const USERNAME_RULES: FormRule[] = [schemaRule(username)];

export const NEW_PASSWORD_RULES: FormRule[] = [schemaRule(newPassword)];

/** "Mật khẩu mới" must differ from the field named `currentField` (the core refuses it too). */
export function differentPasswordRule(currentField: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (value && value === getFieldValue(currentField)) throw new Error(SAME_PASSWORD_MESSAGE);
    },
  });
}

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
