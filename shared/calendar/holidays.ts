/**
 * Days off of a year: the statutory rules with their compensatory days, replaced by an official
 * schedule for the holidays that schedule covers.
 */
import { DEFAULT_WORK_CALENDAR } from './default-calendar';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, lunarToSolar } from './lunar';
import type { HolidayEntry, HolidayRule, OfficialSchedule, WorkCalendar } from './types';
import { civilDateOf, dayNumberOf, dayNumberOfIso, isoDateOfDay, weekdayOf } from './vietnam-time';

interface DayOff {
  day: number;
  name: string;
  kind: HolidayEntry['kind'];
}

function occurrenceDays(rule: HolidayRule, year: number): number[] {
  if ((rule.fromYear ?? -Infinity) > year || (rule.toYear ?? Infinity) < year) return [];
  // Neighbouring years are looked at for spill-over; the lunar calendar stops at its supported range.
  if (rule.calendar === 'lunar' && (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR)) return [];
  const anchor =
    rule.calendar === 'solar'
      ? dayNumberOf({ year, month: rule.month, day: rule.day })
      : dayNumberOf(lunarToSolar({ year, month: rule.month, day: rule.day }));
  const first = anchor + (rule.offsetDays ?? 0);
  return Array.from({ length: rule.days ?? 1 }, (_, i) => first + i);
}

function scheduleFor(calendar: WorkCalendar, year: number): OfficialSchedule | undefined {
  // The last loaded schedule of a year wins (a supervisor's correction loads after the shipped file).
  return calendar.schedules.findLast((s) => s.year === year);
}

function replacedBy(schedule: OfficialSchedule | undefined, ruleId: string): boolean {
  return schedule !== undefined && (schedule.covers === 'all' || schedule.covers.includes(ruleId));
}

/**
 * Days off whose occurrence belongs to `year` (a compensatory day may fall early next year).
 * Computed from the rules, then overridden by the year's official schedule.
 */
function daysOffOfOccurrenceYear(year: number, calendar: WorkCalendar): DayOff[] {
  const schedule = scheduleFor(calendar, year);
  const weekend = new Set(calendar.weekendDays);
  const official: DayOff[] = (schedule?.daysOff ?? []).map((d) => ({ day: dayNumberOfIso(d.date), name: d.name, kind: 'official' }));
  const swappedWorking = new Set((schedule?.workingDays ?? []).map((d) => dayNumberOfIso(d.date)));

  const holidays: Array<DayOff & { compensate: boolean }> = [];
  for (const rule of calendar.holidayRules) {
    if (replacedBy(schedule, rule.id)) continue;
    for (const day of occurrenceDays(rule, year)) holidays.push({ day, name: rule.name, kind: 'holiday', compensate: rule.compensate });
  }
  holidays.sort((a, b) => a.day - b.day);

  const taken = new Set<number>([...holidays.map((h) => h.day), ...official.map((o) => o.day)]);
  const compensatory: DayOff[] = [];
  for (const h of holidays) {
    if (!h.compensate || !weekend.has(weekdayOf(h.day)) || swappedWorking.has(h.day)) continue;
    let d = h.day + 1;
    while (weekend.has(weekdayOf(d)) || taken.has(d)) d++;
    taken.add(d);
    compensatory.push({ day: d, name: `Nghỉ bù ${h.name}`, kind: 'compensatory' });
  }
  return [...holidays.map(({ day, name, kind }) => ({ day, name, kind })), ...compensatory, ...official];
}

/** Days off falling in solar `year`, sorted, one entry a date (an official entry wins). */
export function daysOffInYear(year: number, calendar: WorkCalendar): DayOff[] {
  const byDay = new Map<number, DayOff>();
  for (const occurrenceYear of [year - 1, year, year + 1]) {
    for (const off of daysOffOfOccurrenceYear(occurrenceYear, calendar)) {
      if (civilDateOf(off.day).year !== year) continue;
      const existing = byDay.get(off.day);
      if (!existing || off.kind === 'official') byDay.set(off.day, off);
    }
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** Swapped working days (ngày làm bù) falling in solar `year`. */
export function swappedWorkingDaysInYear(year: number, calendar: WorkCalendar): number[] {
  return calendar.schedules
    .flatMap((s) => s.workingDays.map((d) => dayNumberOfIso(d.date)))
    .filter((day) => civilDateOf(day).year === year);
}

/**
 * Public holidays and compensatory days of a year. Without options: the statutory default.
 * With a calendar carrying official schedules, the schedule's days replace the holidays it covers.
 */
export function holidaysOf(year: number, options?: { calendar?: WorkCalendar }): HolidayEntry[] {
  const calendar = options?.calendar ?? DEFAULT_WORK_CALENDAR;
  return daysOffInYear(year, calendar).map((d) => ({ date: isoDateOfDay(d.day), name: d.name, kind: d.kind }));
}
