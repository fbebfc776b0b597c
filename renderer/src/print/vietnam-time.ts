/** Times on printed forms, always in Vietnam time whatever the machine's time zone. */
import { vietnamClock } from '../app/vietnam-clock';

/** "ngày 05 tháng 03 năm 2026" */
export function dateInWords(iso: string): string {
  const { day, month, year } = vietnamClock(iso);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "08 giờ 30 phút, ngày 05 tháng 03 năm 2026" */
export function timeAndDateInWords(iso: string): string {
  const { hour, minute } = vietnamClock(iso);
  return `${hour} giờ ${minute} phút, ${dateInWords(iso)}`;
}

/** "05/03/2026" */
export function shortDate(iso: string): string {
  const { day, month, year } = vietnamClock(iso);
  return `${day}/${month}/${year}`;
}

/** "08:30" */
export function clockTime(iso: string): string {
  const { hour, minute } = vietnamClock(iso);
  return `${hour}:${minute}`;
}
