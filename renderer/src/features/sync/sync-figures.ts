/** How the sync figures read on screen: ages, Vietnam times and the clock-skew threshold. */

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Over this many seconds between the portal's clock and ours, receipts may carry a wrong time. */
export const CLOCK_SKEW_LIMIT_SECONDS = 120;

const vnParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of vnParts.formatToParts(date)) out[part.type] = part.value;
  return out;
}

/** "14:05" when the instant is today in Vietnam, otherwise "14:05 24/11/2026". */
export function vnSyncTime(iso: string, now: Date = new Date()): string {
  const at = partsOf(new Date(iso));
  const today = partsOf(now);
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
