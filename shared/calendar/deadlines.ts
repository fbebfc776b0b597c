/**
 * Return dates (NgayHenTra) from the moment of receipt, as working-time.md states them: time
 * counts only inside sessions, starting at receipt or at the next session start; a deadline is
 * always inside a session (a session's end included), never on a day off.
 */
import { DEFAULT_WORK_CALENDAR } from './default-calendar';
import type { ProcessingTime, WorkCalendar } from './types';
import { type CompiledCalendar, compileCalendar } from './work-calendar';
import { MS_PER_DAY, MS_PER_MINUTE, fromLocalMs, minutesOfClock, toLocalMs } from './vietnam-time';

export interface CalendarOptions {
  calendar?: WorkCalendar;
}

/** Ten years of days: no real deadline or pause is longer. */
const MAX_DAYS_SCANNED = 3660;

const compiledOf = (options?: CalendarOptions): CompiledCalendar => compileCalendar(options?.calendar ?? DEFAULT_WORK_CALENDAR);

/** Advances `amountMs` of session time from a local instant; 0 gives the next session instant (or the start itself). */
function addSessionTime(cal: CompiledCalendar, startLocalMs: number, amountMs: number): number {
  let day = Math.floor(startLocalMs / MS_PER_DAY);
  let msInDay = startLocalMs - day * MS_PER_DAY;
  let remaining = amountMs;
  for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, day++, msInDay = 0) {
    for (const [start, end] of cal.sessionsOf(day)) {
      const endMs = end * MS_PER_MINUTE;
      if (msInDay >= endMs) continue;
      const from = Math.max(msInDay, start * MS_PER_MINUTE);
      const available = endMs - from;
      // "<=": a deadline reached exactly at a session's end is that end, not the next opening.
      if (remaining <= available) return day * MS_PER_DAY + from + remaining;
      remaining -= available;
    }
  }
  throw new RangeError('Không tìm được buổi làm việc trong 10 năm: kiểm tra lịch làm việc.');
}

/** Session time in [fromLocal, toLocal), fromLocal <= toLocal. */
function sessionTimeBetween(cal: CompiledCalendar, fromLocalMs: number, toLocalMs: number): number {
  let total = 0;
  const lastDay = Math.floor(toLocalMs / MS_PER_DAY);
  for (let day = Math.floor(fromLocalMs / MS_PER_DAY); day <= lastDay; day++) {
    const dayStart = day * MS_PER_DAY;
    for (const [start, end] of cal.sessionsOf(day)) {
      const from = Math.max(fromLocalMs, dayStart + start * MS_PER_MINUTE);
      const to = Math.min(toLocalMs, dayStart + end * MS_PER_MINUTE);
      if (to > from) total += to - from;
    }
  }
  return total;
}

function closeOfDay(cal: CompiledCalendar, day: number): number {
  const sessions = cal.sessionsOf(day);
  return day * MS_PER_DAY + sessions[sessions.length - 1]![1] * MS_PER_MINUTE;
}

function nextWorkingDay(cal: CompiledCalendar, day: number): number {
  let d = day;
  for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, d++) if (cal.isWorkingDay(d)) return d;
  throw new RangeError('Không tìm được ngày làm việc trong 10 năm: kiểm tra lịch làm việc.');
}

function assertAmount(time: ProcessingTime): number {
  if (time.unit === 'same-day') return 0;
  const { amount } = time;
  if (!Number.isFinite(amount) || amount < 0 || (time.unit === 'calendar-days' && !Number.isInteger(amount))) {
    throw new RangeError(`Thời hạn giải quyết không hợp lệ: ${amount}.`);
  }
  return amount;
}

/**
 * The promised return time of a dossier received at `receivedAt`, in whole minutes: Mẫu 01 prints
 * it to the minute and the portal must hold the same time (received 09:53:43 with a time counted
 * from that moment is due at 09:53, never after the limit the law gives).
 */
export function dueDate(receivedAt: Date, time: ProcessingTime, options?: CalendarOptions): Date {
  const exact = exactDueDate(receivedAt, time, options);
  return new Date(Math.floor(exact.getTime() / MS_PER_MINUTE) * MS_PER_MINUTE);
}

function exactDueDate(receivedAt: Date, time: ProcessingTime, options?: CalendarOptions): Date {
  const cal = compiledOf(options);
  const local = toLocalMs(receivedAt);
  if (Number.isNaN(local)) throw new RangeError('Thời điểm tiếp nhận không hợp lệ.');
  const day = Math.floor(local / MS_PER_DAY);
  const amount = assertAmount(time);
  switch (time.unit) {
    case 'working-days':
      return fromLocalMs(addSessionTime(cal, local, Math.round(amount * cal.workingDayLength(day) * MS_PER_MINUTE)));
    case 'working-hours':
      return fromLocalMs(addSessionTime(cal, local, Math.round(amount * 60 * MS_PER_MINUTE)));
    case 'calendar-days':
      return fromLocalMs(closeOfDay(cal, nextWorkingDay(cal, day + amount)));
    case 'same-day': {
      const cutoff = time.cutoff === undefined ? cal.sameDayCutoffMinutes : minutesOfClock(time.cutoff);
      const beforeCutoff = local - day * MS_PER_DAY < cutoff * MS_PER_MINUTE;
      if (cal.isWorkingDay(day) && beforeCutoff && closeOfDay(cal, day) > local) return fromLocalMs(closeOfDay(cal, day));
      return fromLocalMs(closeOfDay(cal, nextWorkingDay(cal, day + 1)));
    }
  }
}

/** Working minutes from `from` to `to` (session time only); negative when `to` is earlier. */
export function workingMinutesBetween(from: Date, to: Date, options?: CalendarOptions): number {
  const cal = compiledOf(options);
  const a = toLocalMs(from);
  const b = toLocalMs(to);
  return b >= a ? sessionTimeBetween(cal, a, b) / MS_PER_MINUTE : -sessionTimeBetween(cal, b, a) / MS_PER_MINUTE;
}

/** The deadline moved on by the working time the dossier waited for a supplement (the clock stopped). */
export function shiftAfterPause(dueAt: Date, pausedAt: Date, resumedAt: Date, options?: CalendarOptions): Date {
  const cal = compiledOf(options);
  const a = toLocalMs(pausedAt);
  const b = toLocalMs(resumedAt);
  const waited = b > a ? sessionTimeBetween(cal, a, b) : 0;
  if (waited === 0) return new Date(dueAt.getTime());
  return fromLocalMs(addSessionTime(cal, toLocalMs(dueAt), waited));
}

/** A procedure's rule for a supplement: stop the clock (default), or count the full time again from the supplement. */
export type SupplementRule = 'pause' | 'restart';

/** The deadline once the requested supplement arrives. */
export function dueDateAfterSupplement(
  input: { rule: SupplementRule; time: ProcessingTime; dueAt: Date; pausedAt: Date; resumedAt: Date },
  options?: CalendarOptions,
): Date {
  return input.rule === 'restart'
    ? dueDate(input.resumedAt, input.time, options)
    : shiftAfterPause(input.dueAt, input.pausedAt, input.resumedAt, options);
}
