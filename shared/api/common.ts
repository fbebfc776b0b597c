import { z } from 'zod';

/** Shared zod pieces with Vietnamese messages. */
export const nonEmpty = (label: string, max = 500) =>
  z
    .string({ error: `${label}: bắt buộc nhập.` })
    .trim()
    .min(1, { error: `${label}: bắt buộc nhập.` })
    .max(max, { error: `${label}: tối đa ${max} ký tự.` });

export const noInput = z.object({}).strict().optional();

export const username = z
  .string({ error: 'Tên đăng nhập: bắt buộc nhập.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, { error: 'Tên đăng nhập: 3-32 ký tự a-z, 0-9, dấu chấm, gạch.' });

export const newPassword = z
  .string({ error: 'Mật khẩu: bắt buộc nhập.' })
  .min(8, { error: 'Mật khẩu: ít nhất 8 ký tự.' })
  .max(200, { error: 'Mật khẩu: tối đa 200 ký tự.' });

/** ISO-8601 UTC instant as sent over the API, e.g. 2026-11-25T02:15:00.000Z. */
export const isoInstant = z.iso.datetime({ error: 'Thời điểm không hợp lệ.' });
