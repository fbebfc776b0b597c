import type { ProcessingTime } from './calendar';

/** "3 ngày làm việc", "4 giờ làm việc", "5 ngày", "Trong ngày (nhận trước 15:00)". */
export function processingTimeText(time: ProcessingTime, defaultCutoff = '15:00'): string {
  switch (time.unit) {
    case 'working-days':
      return `${time.amount} ngày làm việc`;
    case 'working-hours':
      return `${time.amount} giờ làm việc`;
    case 'calendar-days':
      return `${time.amount} ngày`;
    case 'same-day':
      return `Trong ngày (nhận trước ${time.cutoff ?? defaultCutoff}; sau giờ đó trả vào ngày làm việc tiếp theo)`;
  }
}

/** "quá hạn 1 ngày 2 giờ" from working minutes, with the day as long as the agency's working day. */
export function overdueText(minutes: number, dayMinutes = 450): string {
  const days = Math.floor(minutes / dayMinutes);
  const rest = minutes - days * dayMinutes;
  const hours = Math.floor(rest / 60);
  const mins = Math.round(rest - hours * 60);
  const parts: string[] = [];
  if (days) parts.push(`${days} ngày`);
  if (hours) parts.push(`${hours} giờ`);
  if (mins && !days) parts.push(`${mins} phút`);
  return `quá hạn ${parts.length ? parts.join(' ') : 'dưới 1 phút'}`;
}
