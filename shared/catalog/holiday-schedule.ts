/** An official yearly holiday schedule, as shipped in resources/holidays/*.json. */
import { z } from 'zod';
import { holidayRuleSchema, isoDate, text } from './schema-parts';

const datedName = z.object({ date: isoDate, name: text(200) }).strict();

export const holidayScheduleFileSchema = z
  .object({
    year: z.number().int().min(1900).max(2199),
    status: z.enum(['official', 'reported'], { error: 'phải là official hoặc reported' }),
    source: text(1000),
    covers: z.union([z.literal('all'), z.array(z.string().min(1))], { error: 'phải là "all" hoặc danh sách mã ngày lễ' }),
    daysOff: z.array(datedName),
    workingDays: z.array(datedName).default([]),
    /** Holidays newly made law, added without code changes (apply from their fromYear). */
    addedRules: z.array(holidayRuleSchema).default([]),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((file, ctx) => {
    for (const key of ['daysOff', 'workingDays'] as const) {
      file[key].forEach((d, i) => {
        if (!d.date.startsWith(`${file.year}-`)) ctx.addIssue({ code: 'custom', path: [key, i, 'date'], message: `ngày ${d.date} không thuộc năm ${file.year}` });
      });
    }
  });

export type HolidayScheduleFile = z.output<typeof holidayScheduleFileSchema>;
