/**
 * A WorkCalendar compiled for fast questions: is a day worked, and what are its sessions in
 * Vietnam-local minutes. Compiled once per calendar object and cached per year.
 */
import { DEFAULT_WORK_CALENDAR } from './default-calendar';
import { STATUTORY_HOLIDAY_RULES } from './holiday-rules';
import { daysOffInYear, swappedWorkingDaysInYear } from './holidays';
import type { HolidayRule, OfficeHours, OfficialSchedule, Session, WorkCalendar } from './types';
import { civilDateOf, dayNumberOfIso, minutesOfClock, weekdayOf } from './vietnam-time';

/** A session as [start, end) minutes after local midnight. */
export type SessionMinutes = readonly [number, number];

interface CompiledHours {
  fromDay: number;
  regular: SessionMinutes[];
  regularLength: number;
  byWeekday: Map<number, SessionMinutes[]>;
}

export interface CompiledCalendar {
  /** Sessions of a day number; empty on a day off. */
  sessionsOf(day: number): readonly SessionMinutes[];
  isWorkingDay(day: number): boolean;
  /** Minutes of one ordinary working day's sessions under the hours in force on `day`. */
  workingDayLength(day: number): number;
  sameDayCutoffMinutes: number;
}

function compileSessions(sessions: Session[], label: string): SessionMinutes[] {
  const compiled = sessions
    .map((s) => [minutesOfClock(s.start), minutesOfClock(s.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  compiled.forEach(([start, end], i) => {
    const previousEnd = i > 0 ? compiled[i - 1]![1] : -1;
    if (end <= start || start < previousEnd) throw new RangeError(`Giờ làm việc ${label}: các buổi phải tăng dần và không chồng nhau.`);
  });
  return compiled;
}

function compileHours(hours: OfficeHours): CompiledHours {
  const label = hours.from ?? 'mặc định';
  const regular = compileSessions(hours.sessions, label);
  if (regular.length === 0) throw new RangeError(`Giờ làm việc ${label}: cần ít nhất một buổi.`);
  const byWeekday = new Map<number, SessionMinutes[]>();
  for (const [weekday, sessions] of Object.entries(hours.byWeekday ?? {})) {
    if (sessions) byWeekday.set(Number(weekday), compileSessions(sessions, label));
  }
  return {
    fromDay: hours.from === null ? -Infinity : dayNumberOfIso(hours.from),
    regular,
    regularLength: regular.reduce((sum, [s, e]) => sum + e - s, 0),
    byWeekday,
  };
}

const compiledCache = new WeakMap<WorkCalendar, CompiledCalendar>();

export function compileCalendar(calendar: WorkCalendar = DEFAULT_WORK_CALENDAR): CompiledCalendar {
  const cached = compiledCache.get(calendar);
  if (cached) return cached;

  const hours = calendar.hours.map(compileHours).sort((a, b) => a.fromDay - b.fromDay);
  if (hours.length === 0) throw new RangeError('Lịch làm việc: chưa có giờ làm việc.');
  const weekend = new Set(calendar.weekendDays);
  const years = new Map<number, { off: Set<number>; working: Set<number> }>();

  const yearSets = (year: number) => {
    let sets = years.get(year);
    if (!sets) {
      sets = {
        off: new Set(daysOffInYear(year, calendar).map((d) => d.day)),
        working: new Set(swappedWorkingDaysInYear(year, calendar)),
      };
      years.set(year, sets);
    }
    return sets;
  };

  const hoursOn = (day: number) => {
    let chosen = hours[0]!;
    for (const h of hours) if (h.fromDay <= day) chosen = h;
    return chosen;
  };

  // Years are looked up by day number often; remember the last year's bounds.
  let cachedYearStart = 0;
  let cachedYearEnd = -1;
  let cachedYearSets: { off: Set<number>; working: Set<number> } | null = null;
  const setsOfDay = (day: number) => {
    if (day < cachedYearStart || day > cachedYearEnd || !cachedYearSets) {
      const year = civilDateOf(day).year;
      cachedYearStart = Math.floor(Date.UTC(year, 0, 1) / 86_400_000);
      cachedYearEnd = Math.floor(Date.UTC(year + 1, 0, 1) / 86_400_000) - 1;
      cachedYearSets = yearSets(year);
    }
    return cachedYearSets;
  };

  const isWorkingDay = (day: number) => {
    const sets = setsOfDay(day);
    if (sets.off.has(day)) return false;
    return sets.working.has(day) || !weekend.has(weekdayOf(day));
  };

  const compiled: CompiledCalendar = {
    isWorkingDay,
    sessionsOf(day) {
      if (!isWorkingDay(day)) return [];
      const h = hoursOn(day);
      // A swapped working day on a weekend works ordinary hours.
      if (weekend.has(weekdayOf(day))) return h.regular;
      return h.byWeekday.get(weekdayOf(day)) ?? h.regular;
    },
    workingDayLength(day) {
      return hoursOn(day).regularLength;
    },
    sameDayCutoffMinutes: minutesOfClock(calendar.sameDayCutoff),
  };
  compiledCache.set(calendar, compiled);
  return compiled;
}

/** Office settings as a supervisor enters them; every field optional. */
export interface WorkCalendarSettings {
  /** Ordinary sessions; default 07:30-11:30 and 13:30-17:00. */
  sessions?: Session[];
  /** Seasonal or changed hours with their start dates. */
  seasonalHours?: OfficeHours[];
  /** Sessions on Saturday when the office opens on Saturday mornings (Saturday then stops being a rest day). */
  saturdaySessions?: Session[];
  weekendDays?: number[];
  sameDayCutoff?: string;
  /** Holidays added by data (a newly legislated day off), or replacing a statutory rule with the same id. */
  extraHolidayRules?: HolidayRule[];
}

/** A WorkCalendar from the office settings and the official schedules loaded from resources or entered by a supervisor. */
export function buildWorkCalendar(settings: WorkCalendarSettings = {}, schedules: OfficialSchedule[] = []): WorkCalendar {
  const saturday = settings.saturdaySessions;
  const withSaturday = (h: OfficeHours): OfficeHours =>
    saturday && saturday.length > 0 ? { ...h, byWeekday: { ...h.byWeekday, 6: saturday } } : h;
  const base: OfficeHours = { from: null, sessions: settings.sessions ?? DEFAULT_WORK_CALENDAR.hours[0]!.sessions };
  const defaultWeekend = saturday && saturday.length > 0 ? [0] : DEFAULT_WORK_CALENDAR.weekendDays;

  const rules = new Map<string, HolidayRule>();
  for (const rule of [...STATUTORY_HOLIDAY_RULES, ...(settings.extraHolidayRules ?? [])]) rules.set(rule.id, rule);

  const calendar: WorkCalendar = {
    hours: [base, ...(settings.seasonalHours ?? [])].map(withSaturday),
    weekendDays: settings.weekendDays ?? defaultWeekend,
    holidayRules: [...rules.values()],
    schedules: [...schedules].sort((a, b) => a.year - b.year),
    sameDayCutoff: settings.sameDayCutoff ?? DEFAULT_WORK_CALENDAR.sameDayCutoff,
  };
  compileCalendar(calendar); // fail early on malformed hours
  return calendar;
}
