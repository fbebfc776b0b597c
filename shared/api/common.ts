import { z } from 'zod';

/** Shared zod pieces with Vietnamese messages. */
export const nonEmpty = (label: string, max = 500) =>
  z
    .string({ error: `${label}: bắt buộc nhập.` })
    .trim()
    .min(1, { error: `${label}: bắt buộc nhập.` })
    .max(max, { error: `${label}: tối đa ${max} ký tự.` });

export const noInput = z.object({}).strict().optional();

/** The account rules have one owner, shared/account-rules.ts. */
export { newPassword, username } from '../account-rules';

/** ISO-8601 UTC instant as sent over the API, e.g. 2026-11-25T02:15:00.000Z. */
export const isoInstant = z.iso.datetime({ error: 'Thời điểm không hợp lệ.' });
