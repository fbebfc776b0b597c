/** zod pieces shared by the catalogue and holiday-schedule schemas (Vietnamese messages). */
import { z } from 'zod';
import { parseIsoDate } from '../calendar/vietnam-time';

export const isoDate = z
  .string({ error: 'phải là ngày dạng yyyy-mm-dd' })
  .refine((s) => parseIsoDate(s) !== null, { error: 'phải là ngày có thật dạng yyyy-mm-dd' });

export const clockTime = z.string({ error: 'phải là giờ dạng HH:mm' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'phải là giờ dạng HH:mm' });

export const text = (max = 500) =>
  z.string({ error: 'phải là chuỗi ký tự' }).trim().min(1, { error: 'không được để trống' }).max(max, { error: `tối đa ${max} ký tự` });

/** Whole đồng, never fractional. */
export const money = z.number({ error: 'phải là số tiền (đồng)' }).int({ error: 'phải là số nguyên đồng' }).min(0, { error: 'không được âm' });

export const processingTimeSchema = z.discriminatedUnion(
  'unit',
  [
    z.object({ unit: z.literal('same-day'), cutoff: clockTime.optional() }).strict(),
    z
      .object({
        unit: z.enum(['working-days', 'working-hours', 'calendar-days']),
        amount: z.number({ error: 'phải là số' }).positive({ error: 'phải lớn hơn 0' }),
      })
      .strict(),
  ],
  { error: 'đơn vị phải là same-day, working-days, working-hours hoặc calendar-days' },
);

export const holidayRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'chỉ gồm a-z, 0-9 và dấu gạch' }),
    name: text(200),
    calendar: z.enum(['solar', 'lunar'], { error: 'phải là solar hoặc lunar' }),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    offsetDays: z.number().int().min(-30).max(30).optional(),
    days: z.number().int().min(1).max(15).optional(),
    fromYear: z.number().int().optional(),
    toYear: z.number().int().optional(),
    compensate: z.boolean({ error: 'phải là true hoặc false' }),
  })
  .strict();
