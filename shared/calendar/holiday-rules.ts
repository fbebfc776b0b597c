import type { HolidayRule } from './types';

/**
 * Public holidays of the Labour Code 2019, art. 112, as the default when no official schedule
 * is loaded for a year. Tết is the last day of the old lunar year plus lunar 1-4 of the new one;
 * National Day is 2 September plus 1 September. 24 November (Ngày Văn hóa Việt Nam) is a day
 * off from 2026; reports say it gives no compensatory day.
 */
export const STATUTORY_HOLIDAY_RULES: readonly HolidayRule[] = [
  { id: 'tet-duong-lich', name: 'Tết Dương lịch', calendar: 'solar', month: 1, day: 1, compensate: true },
  { id: 'tet-am-lich', name: 'Tết Âm lịch', calendar: 'lunar', month: 1, day: 1, offsetDays: -1, days: 5, compensate: true },
  { id: 'gio-to-hung-vuong', name: 'Giỗ Tổ Hùng Vương', calendar: 'lunar', month: 3, day: 10, compensate: true },
  { id: 'giai-phong-mien-nam', name: 'Ngày Chiến thắng (30/4)', calendar: 'solar', month: 4, day: 30, compensate: true },
  { id: 'quoc-te-lao-dong', name: 'Ngày Quốc tế Lao động (1/5)', calendar: 'solar', month: 5, day: 1, compensate: true },
  { id: 'quoc-khanh', name: 'Quốc khánh', calendar: 'solar', month: 9, day: 1, days: 2, compensate: true },
  { id: 'van-hoa-viet-nam', name: 'Ngày Văn hóa Việt Nam (24/11)', calendar: 'solar', month: 11, day: 24, fromYear: 2026, compensate: false },
];
