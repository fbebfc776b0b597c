import { vietnamClock } from '../../app/vietnam-clock';

/** "16 giờ 30 phút, ngày 25/11/2026": the promised return time as the counter says it, in Vietnam time. */
export function dueTimeText(iso: string): string {
  const p = vietnamClock(iso);
  return `${p.hour} giờ ${p.minute} phút, ngày ${p.day}/${p.month}/${p.year}`;
}
