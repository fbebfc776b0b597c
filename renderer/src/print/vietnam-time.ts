/** Times on printed forms, always in Vietnam time whatever the machine's time zone. */
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface VietnamParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function vietnamParts(iso: string): VietnamParts {
  const parts: Record<string, string> = {};
  for (const part of PARTS.formatToParts(new Date(iso))) parts[part.type] = part.value;
  return { year: parts.year ?? '', month: parts.month ?? '', day: parts.day ?? '', hour: parts.hour ?? '', minute: parts.minute ?? '' };
}

/** "ngày 05 tháng 03 năm 2026" */
export function dateInWords(iso: string): string {
  const { day, month, year } = vietnamParts(iso);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "08 giờ 30 phút, ngày 05 tháng 03 năm 2026" */
export function timeAndDateInWords(iso: string): string {
  const { hour, minute } = vietnamParts(iso);
  return `${hour} giờ ${minute} phút, ${dateInWords(iso)}`;
}

/** "05/03/2026" */
export function shortDate(iso: string): string {
  const { day, month, year } = vietnamParts(iso);
  return `${day}/${month}/${year}`;
}

/** "08:30" */
export function clockTime(iso: string): string {
  const { hour, minute } = vietnamParts(iso);
  return `${hour}:${minute}`;
}
