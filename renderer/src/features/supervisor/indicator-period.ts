import { vnToday } from '../../ui/vietnam-time';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export interface Period {
  from: string;
  to: string;
}

const two = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The month (1-12) of a year as a period of days. */
export function monthPeriod(year: number, month: number): Period {
  return { from: `${year}-${two(month)}-01`, to: `${year}-${two(month)}-${two(lastDay(year, month))}` };
}

/** Quarter 1-4 of a year. */
export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return { from: `${year}-${two(first)}-01`, to: monthPeriod(year, first + 2).to };
}

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Giám sát opens on this month (Vietnam date). */
export function thisMonth(today = vnToday()): Period {
  return monthPeriod(Number(today.slice(0, 4)), Number(today.slice(5, 7)));
}
