/** Data shapes of the working-time rules; all plain JSON so they can live in settings and files. */

/** How long a procedure may take, as the catalogue states it. */
export type ProcessingTime =
  | { unit: 'working-days' | 'working-hours' | 'calendar-days'; amount: number }
  /** Received before the cut-off (default 15:00) on a working day: due at that day's close; otherwise at the next working day's close. */
  | { unit: 'same-day'; cutoff?: string };

/** One office session in Vietnam wall-clock time, 'HH:mm'. */
export interface Session {
  start: string;
  end: string;
}

/** Office hours from a date on (seasonal hours are several entries). */
export interface OfficeHours {
  /** First day these hours apply, 'yyyy-mm-dd'; null for "always". */
  from: string | null;
  /** Sessions of an ordinary working day. */
  sessions: Session[];
  /** Sessions of particular weekdays (0 = Sunday ... 6 = Saturday) where they differ, e.g. a Saturday morning. */
  byWeekday?: Partial<Record<number, Session[]>>;
}

/** A public holiday as the law defines it, computed for any year. */
export interface HolidayRule {
  /** Stable id; an official schedule names the rules it replaces by id. */
  id: string;
  name: string;
  calendar: 'solar' | 'lunar';
  /** Month and day of the anchor date (lunar month/day for a lunar rule). */
  month: number;
  day: number;
  /** Days from the anchor to the first day off (Tết starts the day before lunar 1/1: -1). */
  offsetDays?: number;
  /** Number of consecutive days off, default 1. */
  days?: number;
  fromYear?: number;
  toYear?: number;
  /** Whether a day of it falling on a weekend gives a compensatory day off. */
  compensate: boolean;
}

/** A government's published schedule for one year (days off and swapped working days). */
export interface OfficialSchedule {
  year: number;
  /** 'reported' when taken from press reports before the official text was at hand. */
  status: 'official' | 'reported';
  source: string;
  /** The holiday rules whose computed days (and compensatory days) this schedule replaces, or 'all'. */
  covers: 'all' | string[];
  daysOff: Array<{ date: string; name: string }>;
  /** Weekend days worked to bridge a holiday (ngày làm bù). */
  workingDays: Array<{ date: string; name: string }>;
}

/** Everything that decides when the office works. */
export interface WorkCalendar {
  hours: OfficeHours[];
  /** Weekly rest days, 0 = Sunday ... 6 = Saturday. */
  weekendDays: number[];
  holidayRules: HolidayRule[];
  schedules: OfficialSchedule[];
  /** Default cut-off of same-day procedures, 'HH:mm'. */
  sameDayCutoff: string;
}

export interface HolidayEntry {
  date: string;
  name: string;
  kind: 'holiday' | 'compensatory' | 'official';
}
