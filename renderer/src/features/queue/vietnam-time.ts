/** Dates on the queue are always shown in Vietnam time, whatever the workstation's clock zone. */
import { vietnamClock } from '../../app/vietnam-clock';

/** "25/11/2026 13:05" in Vietnam time. */
export function vnDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = vietnamClock(iso);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "25/11/2026" in Vietnam time. */
export function vnDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = vietnamClock(iso);
  return `${p.day}/${p.month}/${p.year}`;
}

/** Today's date in Vietnam as yyyy-mm-dd, the form the API filters take. */
export function vnToday(now = new Date()): string {
  const p = vietnamClock(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** A wall-clock time in Vietnam (UTC+7, no daylight saving) as an ISO instant. */
export function vnWallTimeToIso(date: string, time: string): string {
  return new Date(`${date}T${time}:00+07:00`).toISOString();
}
