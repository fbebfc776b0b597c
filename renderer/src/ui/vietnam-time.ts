/**
 * Every time the renderer shows, on screen or on a printed form, in Vietnam time whatever the
 * workstation's time zone. The arithmetic is shared/calendar's (UTC+7, no daylight saving); this
 * module only writes it the ways the desk reads it.
 */
import { vnInstant, vnIsoDate, vnParts } from '../../../shared/calendar';

/** dd/mm/yyyy, as on every Vietnamese administrative form: the date pickers' format. */
export const DATE_FORMAT = 'DD/MM/YYYY';

const two = (n: number) => String(n).padStart(2, '0');

function parts(instant: Date | string) {
  const p = vnParts(typeof instant === 'string' ? new Date(instant) : instant);
  return { year: String(p.year).padStart(4, '0'), month: two(p.month), day: two(p.day), hour: two(p.hour), minute: two(p.minute), second: two(p.second) };
}

/** A Vietnam calendar day "2026-11-25" as "25/11/2026" (a day, not an instant: no time zone to apply). */
export function vnDayText(day: string): string {
  return day.split('-').reverse().join('/');
}

/** "25/11/2026"; '' for no instant. */
export function vnDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = parts(iso);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "25/11/2026 13:05" (the queue, the cash desk); '' for no instant. */
export function vnDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = parts(iso);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "13:05 25/11/2026"; '' for no instant. */
export function vnTimeDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = parts(iso);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** "09:15:02 25/11/2026" (the audit trail and its printed report); '' for no instant. */
export function vnSecondsDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${vnClockSeconds(iso)} ${vnDate(iso)}`;
}

/** "09:15:02" */
export function vnClockSeconds(instant: Date | string): string {
  const p = parts(instant);
  return `${p.hour}:${p.minute}:${p.second}`;
}

/** "08:30" */
export function clockTime(iso: string): string {
  const p = parts(iso);
  return `${p.hour}:${p.minute}`;
}

/** "14:05" when the instant is today in Vietnam, otherwise "14:05 24/11/2026". */
export function vnTimeToday(iso: string, now: Date = new Date()): string {
  return vnIsoDate(new Date(iso)) === vnIsoDate(now) ? clockTime(iso) : vnTimeDate(iso);
}

/** "ngày 05 tháng 03 năm 2026" (printed forms). */
export function dateInWords(iso: string): string {
  const { day, month, year } = parts(iso);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "08 giờ 30 phút, ngày 05 tháng 03 năm 2026" (printed forms). */
export function timeAndDateInWords(iso: string): string {
  const { hour, minute } = parts(iso);
  return `${hour} giờ ${minute} phút, ${dateInWords(iso)}`;
}

/** "16 giờ 30 phút, ngày 25/11/2026": the promised return time as the counter says it. */
export function dueTimeText(iso: string): string {
  const p = parts(iso);
  return `${p.hour} giờ ${p.minute} phút, ngày ${p.day}/${p.month}/${p.year}`;
}

/** Today's date in Vietnam as yyyy-mm-dd, the form the API filters take. */
export function vnToday(now = new Date()): string {
  return vnIsoDate(now);
}

/** A Vietnam wall-clock time (yyyy-mm-dd, HH:mm) as an ISO instant. */
export function vnWallTimeToIso(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return vnInstant(year ?? NaN, month ?? NaN, day ?? NaN, hour ?? NaN, minute ?? NaN).toISOString();
}
