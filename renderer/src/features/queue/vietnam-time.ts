/** Dates on the queue are always shown in Vietnam time, whatever the workstation's clock zone. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(iso: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of dateTimeParts.formatToParts(new Date(iso))) out[part.type] = part.value;
  return out;
}

/** "25/11/2026 13:05" in Vietnam time. */
export function vnDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = parts(iso);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "25/11/2026" in Vietnam time. */
export function vnDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = parts(iso);
  return `${p.day}/${p.month}/${p.year}`;
}

/** Today's date in Vietnam as yyyy-mm-dd, the form the API filters take. */
export function vnToday(now = new Date()): string {
  const p = parts(now.toISOString());
  return `${p.year}-${p.month}-${p.day}`;
}

/** A wall-clock time in Vietnam (UTC+7, no daylight saving) as an ISO instant. */
export function vnWallTimeToIso(date: string, time: string): string {
  return new Date(`${date}T${time}:00+07:00`).toISOString();
}
