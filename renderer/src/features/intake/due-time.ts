/** The promised return time as the counter says it, always in Vietnam time whatever the machine's zone. */
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "16 giờ 30 phút, ngày 25/11/2026" */
export function dueTimeText(iso: string): string {
  const p: Record<string, string> = {};
  for (const part of PARTS.formatToParts(new Date(iso))) p[part.type] = part.value;
  return `${p.hour} giờ ${p.minute} phút, ngày ${p.day}/${p.month}/${p.year}`;
}
