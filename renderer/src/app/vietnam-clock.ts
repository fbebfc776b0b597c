/** The wall clock in Vietnam of an instant, whatever the workstation's time zone: the one formatter the screens and forms read. */
export interface VietnamClock {
  /** Four digits. */
  year: string;
  /** Two digits each. */
  month: string;
  day: string;
  hour: string;
  minute: string;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant (a Date or an ISO string from the API) on Vietnam's wall clock. */
export function vietnamClock(instant: Date | string): VietnamClock {
  const parts: Record<string, string> = {};
  for (const part of FORMAT.formatToParts(typeof instant === 'string' ? new Date(instant) : instant)) parts[part.type] = part.value;
  return { year: parts.year ?? '', month: parts.month ?? '', day: parts.day ?? '', hour: parts.hour ?? '', minute: parts.minute ?? '' };
}
