/** Dates on the portal's wire: `yyyyMMddHHmmss` in Vietnam time, or "" for a date that has not happened. */
import { isValidCivilDate, vnParts } from '../../shared/calendar/vietnam-time';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatPortalDate(instant: Date): string {
  const p = vnParts(instant);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** The `yyMMdd` part of a dossier code for the Vietnam date of this instant. */
export function dossierCodeDay(instant: Date): string {
  return formatPortalDate(instant).slice(2, 8);
}

/** True for a real date-time written as 14 digits (never a placeholder like 00000000000000). */
export function isPortalDate(text: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return year >= 1900 && isValidCivilDate({ year, month, day }) && hour < 24 && minute < 60 && second < 60;
}
