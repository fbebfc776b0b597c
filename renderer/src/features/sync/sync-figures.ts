/** How the sync figures read on screen: ages and the clock-skew threshold (their times: ui/vietnam-time's vnTimeToday). */

/** Over this many seconds between the portal's clock and ours, receipts may carry a wrong time. */
export const CLOCK_SKEW_LIMIT_SECONDS = 120;

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
