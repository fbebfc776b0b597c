/**
 * Validation of catalogue and holiday files without touching anything: the core loads shipped
 * files with it, and a supervisor's updated file is checked with it before it replaces the old.
 * A refusal names the file, the entry and the field, in Vietnamese.
 */
import { z } from 'zod';
import type { OfficialSchedule } from '../calendar/types';
import { type CatalogFile, catalogFileSchema } from './procedure';
import { type HolidayScheduleFile, holidayScheduleFileSchema } from './holiday-schedule';

export class CatalogValidationError extends Error {
  constructor(
    readonly fileName: string,
    readonly problems: string[],
  ) {
    super(`Tệp "${fileName}" không hợp lệ:\n- ${problems.join('\n- ')}`);
    this.name = 'CatalogValidationError';
  }
}

const vietnameseErrors = z.locales.vi().localeError;

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** "thủ tục số 3 (1.004884 Đăng ký lại khai sinh), trường \"fees[0].amount\": ..." */
function describeCatalogIssue(issue: z.core.$ZodIssue, json: unknown): string {
  const [top, index, ...rest] = issue.path;
  if (top === 'procedures' && typeof index === 'number') {
    const entry = (json as { procedures?: Array<{ code?: unknown; name?: unknown }> }).procedures?.[index];
    const label = [entry?.code, entry?.name].filter((v) => typeof v === 'string').join(' ');
    const where = `thủ tục số ${index + 1}${label ? ` (${label})` : ''}`;
    return rest.length > 0 ? `${where}, trường "${fieldPath(rest)}": ${issue.message}` : `${where}: ${issue.message}`;
  }
  return issue.path.length > 0 ? `trường "${fieldPath(issue.path)}": ${issue.message}` : issue.message;
}

function describeHolidayIssue(issue: z.core.$ZodIssue): string {
  const [top, index, ...rest] = issue.path;
  if ((top === 'daysOff' || top === 'workingDays' || top === 'addedRules') && typeof index === 'number') {
    const list = top === 'daysOff' ? 'ngày nghỉ' : top === 'workingDays' ? 'ngày làm bù' : 'ngày lễ bổ sung';
    return `${list} số ${index + 1}${rest.length > 0 ? `, trường "${fieldPath(rest)}"` : ''}: ${issue.message}`;
  }
  return issue.path.length > 0 ? `trường "${fieldPath(issue.path)}": ${issue.message}` : issue.message;
}

/** Validates a parsed catalogue file; throws CatalogValidationError naming file, entry and field. */
export function parseCatalog(json: unknown, fileName: string): CatalogFile {
  const result = catalogFileSchema.safeParse(json, { error: vietnameseErrors });
  if (!result.success) throw new CatalogValidationError(fileName, result.error.issues.map((i) => describeCatalogIssue(i, json)));
  return result.data;
}

/** Validates a parsed holiday-schedule file; throws CatalogValidationError naming file, entry and field. */
export function parseHolidaySchedule(json: unknown, fileName: string): HolidayScheduleFile {
  const result = holidayScheduleFileSchema.safeParse(json, { error: vietnameseErrors });
  if (!result.success) throw new CatalogValidationError(fileName, result.error.issues.map(describeHolidayIssue));
  return result.data;
}

/** The calendar's view of a holiday file. */
export function toOfficialSchedule(file: HolidayScheduleFile): OfficialSchedule {
  return { year: file.year, status: file.status, source: file.source, covers: file.covers, daysOff: file.daysOff, workingDays: file.workingDays };
}
