/**
 * Date arithmetic in Vietnam time (UTC+7, no daylight saving) that never reads the machine's
 * time zone. A "day number" is the count of days since 1970-01-01 in Vietnam time; a "local
 * millisecond" is a UTC instant shifted by +7 hours, so that whole days start at multiples of
 * 86 400 000.
 */

export const VIETNAM_OFFSET_MINUTES = 7 * 60;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VIETNAM_OFFSET_MINUTES * MS_PER_MINUTE;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Vietnam-local milliseconds of an instant. */
export function toLocalMs(instant: Date | number): number {
  return (typeof instant === 'number' ? instant : instant.getTime()) + OFFSET_MS;
}

/** The instant of a Vietnam-local millisecond count. */
export function fromLocalMs(localMs: number): Date {
  return new Date(localMs - OFFSET_MS);
}

/** Day number (days since 1970-01-01, Vietnam time) of an instant. */
export function vnDayNumber(instant: Date | number): number {
  return Math.floor(toLocalMs(instant) / MS_PER_DAY);
}

/** Day number of a civil date; proleptic Gregorian, independent of any time zone. */
export function dayNumberOf(date: CivilDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function civilDateOf(dayNumber: number): CivilDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isValidCivilDate(date: CivilDate): boolean {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const back = civilDateOf(dayNumberOf(date));
  return back.year === year && back.month === month && back.day === day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'yyyy-mm-dd' of a civil date. */
export function isoDateOf(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** 'yyyy-mm-dd' of a day number. */
export function isoDateOfDay(dayNumber: number): string {
  return isoDateOf(civilDateOf(dayNumber));
}

/** 'yyyy-mm-dd' of an instant, in Vietnam time. */
export function vnIsoDate(instant: Date | number): string {
  return isoDateOfDay(vnDayNumber(instant));
}

/** Parses 'yyyy-mm-dd'; null when malformed or not a real date. */
export function parseIsoDate(text: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCivilDate(date) ? date : null;
}

/** Day number of 'yyyy-mm-dd'; throws on a malformed date. */
export function dayNumberOfIso(text: string): number {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`Ngày không hợp lệ: "${text}" (cần dạng yyyy-mm-dd).`);
  return dayNumberOf(date);
}

/** Minutes after local midnight of 'HH:mm'; throws on a malformed time. */
export function minutesOfClock(text: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!m) throw new RangeError(`Giờ không hợp lệ: "${text}" (cần dạng HH:mm).`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The instant of a Vietnam wall-clock time. */
export function vnInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS);
}

/** Wall-clock parts of an instant in Vietnam time. */
export function vnParts(instant: Date | number): CivilDate & { hour: number; minute: number; second: number; weekday: number } {
  const d = new Date(toLocalMs(instant));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** The UTC instant (ISO) a Vietnam calendar day yyyy-mm-dd, plus some days, starts; RangeError for a bad date. */
export function vnDayStartIso(iso: string, plusDays = 0): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Ngày không hợp lệ: "${iso}".`);
  return vnInstant(d.year, d.month, d.day + plusDays).toISOString();
}
