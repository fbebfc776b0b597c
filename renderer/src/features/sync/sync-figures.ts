/** How the sync figures read on screen: ages, Vietnam times and the clock-skew threshold. */
import { vietnamClock } from '../../app/vietnam-clock';

/** Over this many seconds between the portal's clock and ours, receipts may carry a wrong time. */
export const CLOCK_SKEW_LIMIT_SECONDS = 120;

/** "14:05" when the instant is today in Vietnam, otherwise "14:05 24/11/2026". */
export function vnSyncTime(iso: string, now: Date = new Date()): string {
  const at = vietnamClock(iso);
  const today = vietnamClock(now);
  const time = `${at.hour}:${at.minute}`;
  const sameDay = at.day === today.day && at.month === today.month && at.year === today.year;
  return sameDay ? time : `${time} ${at.day}/${at.month}/${at.year}`;
}

/** How long ago, in words: "dưới 1 phút", "5 phút", "2 giờ 10 phút", "3 ngày". */
export function ageInWords(iso: string, now: Date = new Date()): string {
  const minutes = Math.floor(Math.max(0, now.getTime() - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return 'dưới 1 phút';
  if (minutes < 60) return `${minutes} phút`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} giờ ${minutes % 60} phút` : `${hours} giờ`;
  return `${Math.floor(hours / 24)} ngày`;
}

/** The skew in whole minutes when it is over the limit, otherwise null. */
export function clockSkewMinutes(skewSeconds: number | null | undefined): number | null {
  if (skewSeconds === null || skewSeconds === undefined) return null;
  if (Math.abs(skewSeconds) <= CLOCK_SKEW_LIMIT_SECONDS) return null;
  return Math.round(Math.abs(skewSeconds) / 60);
}
