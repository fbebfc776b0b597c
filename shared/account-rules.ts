/**
 * The rules of an account's username and password, written once: the API's zod input checks them
 * on the core, and the sign-in and account forms run the same schemas before sending.
 */
import { z } from 'zod';

export const username = z
  .string({ error: 'Tên đăng nhập: bắt buộc nhập.' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Tên đăng nhập: bắt buộc nhập.' })
  .regex(/^[a-z0-9._-]{3,32}$/, { error: 'Tên đăng nhập: 3-32 ký tự a-z, 0-9, dấu chấm, gạch.' });

export const PASSWORD_MIN_LENGTH = 8;

export const newPassword = z
  .string({ error: 'Mật khẩu: bắt buộc nhập.' })
  .min(1, { error: 'Mật khẩu: bắt buộc nhập.' })
  .min(PASSWORD_MIN_LENGTH, { error: `Mật khẩu: ít nhất ${PASSWORD_MIN_LENGTH} ký tự.` })
  .max(200, { error: 'Mật khẩu: tối đa 200 ký tự.' });

export const SAME_PASSWORD_MESSAGE = 'Mật khẩu mới phải khác mật khẩu hiện tại.';

/** The first problem of `value` under `schema`, or null when it passes. */
export function firstProblem(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'Giá trị không hợp lệ.');
}
