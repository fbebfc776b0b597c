import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWorkCalendar,
  dueDate,
  dueDateAfterSupplement,
  shiftAfterPause,
  vnInstant,
  workingMinutesBetween,
  type ProcessingTime,
} from '../../../shared/calendar';

// The machine's zone must not matter: run these with a zone far from UTC+7.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const at = vnInstant;
const wd = (amount: number): ProcessingTime => ({ unit: 'working-days', amount });
const wh = (amount: number): ProcessingTime => ({ unit: 'working-hours', amount });
const sameDay: ProcessingTime = { unit: 'same-day' };
// Week of Monday 2 March 2026: no holiday near.
const MON = 2;

describe('the machine time zone is not Vietnam time in these tests', () => {
  it('local offset differs from UTC+7', () => {
    expect(new Date(2026, 2, 2).getTimezoneOffset()).not.toBe(-420);
  });
});

describe('working days and hours', () => {
  it('Monday 09:00 + 1 working day = Tuesday 09:00', () => {
    expect(dueDate(at(2026, 3, MON, 9, 0), wd(1))).toEqual(at(2026, 3, MON + 1, 9, 0));
  });
  it('Monday 07:30 + 1 working day = Monday 17:00 (a deadline at a session end is that end)', () => {
    expect(dueDate(at(2026, 3, MON, 7, 30), wd(1))).toEqual(at(2026, 3, MON, 17, 0));
  });
  it('07:30 + 4 working hours = 11:30', () => {
    expect(dueDate(at(2026, 3, MON, 7, 30), wh(4))).toEqual(at(2026, 3, MON, 11, 30));
  });
  it('received before opening counts from opening', () => {
    expect(dueDate(at(2026, 3, MON, 6, 5), wh(4))).toEqual(at(2026, 3, MON, 11, 30));
  });
  it('received during lunch counts from 13:30', () => {
    expect(dueDate(at(2026, 3, MON, 12, 10), wh(1))).toEqual(at(2026, 3, MON, 14, 30));
  });
  it('received after closing counts from the next working morning', () => {
    expect(dueDate(at(2026, 3, MON, 18, 0), wh(1))).toEqual(at(2026, 3, MON + 1, 8, 30));
  });
  it('received on Saturday counts from Monday morning', () => {
    expect(dueDate(at(2026, 3, 7, 10, 0), wd(1))).toEqual(at(2026, 3, 9, 17, 0));
  });
  it('Friday 16:00 + 1 working day runs over the weekend to Monday 16:00', () => {
    expect(dueDate(at(2026, 3, 6, 16, 0), wd(1))).toEqual(at(2026, 3, 9, 16, 0));
  });
  it('Monday 09:00 + 3 working days = Thursday 09:00; + 5 = next Monday 09:00', () => {
    expect(dueDate(at(2026, 3, MON, 9, 0), wd(3))).toEqual(at(2026, 3, 5, 9, 0));
    expect(dueDate(at(2026, 3, MON, 9, 0), wd(5))).toEqual(at(2026, 3, 9, 9, 0));
  });
  it('holidays are skipped: Wednesday 29 April 2026 14:00 + 1 working day = Monday 4 May 14:00', () => {
    expect(dueDate(at(2026, 4, 29, 14, 0), wd(1))).toEqual(at(2026, 5, 4, 14, 0));
  });
  it('seasonal hours apply from their date', () => {
    const calendar = buildWorkCalendar({
      seasonalHours: [{ from: '2026-05-01', sessions: [{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }] }],
    });
    expect(dueDate(at(2026, 5, 4, 6, 0), wh(4), { calendar })).toEqual(at(2026, 5, 4, 11, 0));
    expect(dueDate(at(2026, 4, 28, 6, 0), wh(4), { calendar })).toEqual(at(2026, 4, 28, 11, 30));
    // One working day is 8 hours under the new hours.
    expect(dueDate(at(2026, 5, 4, 7, 0), wd(1), { calendar })).toEqual(at(2026, 5, 4, 17, 0));
  });
  it('a ward open on Saturday mornings counts them', () => {
    const calendar = buildWorkCalendar({ saturdaySessions: [{ start: '07:30', end: '11:30' }] });
    // Friday 60 min + Saturday 240 min + Monday 150 min = 450 min.
    expect(dueDate(at(2026, 3, 6, 16, 0), wd(1), { calendar })).toEqual(at(2026, 3, 9, 10, 0));
    expect(dueDate(at(2026, 3, 7, 10, 0), sameDay, { calendar })).toEqual(at(2026, 3, 7, 11, 30));
    expect(dueDate(at(2026, 3, 7, 12, 0), sameDay, { calendar })).toEqual(at(2026, 3, 9, 17, 0));
  });
});

describe('same-day procedures (cut-off 15:00)', () => {
  it('received at 14:59 on a working day: due at that day close', () => {
    expect(dueDate(at(2026, 3, MON, 14, 59), sameDay)).toEqual(at(2026, 3, MON, 17, 0));
  });
  it('received at 15:00: due at the close of the next working day', () => {
    expect(dueDate(at(2026, 3, MON, 15, 0), sameDay)).toEqual(at(2026, 3, MON + 1, 17, 0));
  });
  it('received Friday after the cut-off: due Monday close', () => {
    expect(dueDate(at(2026, 3, 6, 15, 30), sameDay)).toEqual(at(2026, 3, 9, 17, 0));
  });
  it('received on a day off (Sunday, or the 30 April 2026 holiday): due at the next working day close', () => {
    expect(dueDate(at(2026, 3, 8, 9, 0), sameDay)).toEqual(at(2026, 3, 9, 17, 0));
    expect(dueDate(at(2026, 4, 30, 9, 0), sameDay)).toEqual(at(2026, 5, 4, 17, 0));
  });
  it('a procedure may state its own cut-off', () => {
    expect(dueDate(at(2026, 3, MON, 15, 30), { unit: 'same-day', cutoff: '16:00' })).toEqual(at(2026, 3, MON, 17, 0));
  });
});

describe('calendar days', () => {
  it('count from the Vietnam date of receipt whatever the hour (00:30 in Vietnam is still the previous day in UTC)', () => {
    expect(dueDate(at(2026, 3, MON, 0, 30), { unit: 'calendar-days', amount: 1 })).toEqual(at(2026, 3, MON + 1, 17, 0));
    expect(dueDate(at(2026, 3, MON, 23, 30), { unit: 'calendar-days', amount: 1 })).toEqual(at(2026, 3, MON + 1, 17, 0));
  });
  it('a deadline landing on a day off moves to the next working day close', () => {
    expect(dueDate(at(2026, 3, 6, 9, 0), { unit: 'calendar-days', amount: 2 })).toEqual(at(2026, 3, 9, 17, 0));
  });
});

describe('working minutes and pauses', () => {
  it('counts only session time, negative when reversed', () => {
    expect(workingMinutesBetween(at(2026, 3, MON, 7, 30), at(2026, 3, MON, 17, 0))).toBe(450);
    expect(workingMinutesBetween(at(2026, 3, MON, 17, 0), at(2026, 3, MON, 7, 30))).toBe(-450);
    expect(workingMinutesBetween(at(2026, 3, 6, 16, 0), at(2026, 3, 9, 8, 0))).toBe(90);
    expect(workingMinutesBetween(at(2026, 3, MON, 11, 0), at(2026, 3, MON, 14, 0))).toBe(60);
  });
  it('a supplement pause moves the deadline by the working time waited', () => {
    // Paused Monday 09:00, resumed Tuesday 09:00: one working day.
    expect(shiftAfterPause(at(2026, 3, 4, 10, 0), at(2026, 3, MON, 9, 0), at(2026, 3, MON + 1, 9, 0))).toEqual(at(2026, 3, 5, 10, 0));
    // A pause over a weekend, outside sessions, adds nothing.
    expect(shiftAfterPause(at(2026, 3, 10, 10, 0), at(2026, 3, 6, 17, 0), at(2026, 3, 9, 7, 0))).toEqual(at(2026, 3, 10, 10, 0));
  });
  it('a deadline at a session end shifted by 30 minutes lands next morning at 08:00', () => {
    expect(shiftAfterPause(at(2026, 3, MON, 17, 0), at(2026, 3, MON, 9, 0), at(2026, 3, MON, 9, 30))).toEqual(at(2026, 3, MON + 1, 8, 0));
  });
  it('a procedure with the restart rule counts its full time again from the supplement', () => {
    const input = { time: wd(3), dueAt: at(2026, 3, 5, 9, 0), pausedAt: at(2026, 3, MON, 10, 0), resumedAt: at(2026, 3, 10, 9, 0) };
    expect(dueDateAfterSupplement({ ...input, rule: 'restart' })).toEqual(at(2026, 3, 13, 9, 0));
    expect(dueDateAfterSupplement({ ...input, rule: 'pause' })).toEqual(shiftAfterPause(input.dueAt, input.pausedAt, input.resumedAt));
  });
});

describe('invalid input', () => {
  it('refuses negative amounts and malformed cut-offs', () => {
    expect(() => dueDate(at(2026, 3, MON, 9, 0), wd(-1))).toThrow(RangeError);
    expect(() => dueDate(at(2026, 3, MON, 9, 0), { unit: 'same-day', cutoff: '25:00' })).toThrow(RangeError);
    expect(() => dueDate(new Date(Number.NaN), wd(1))).toThrow(RangeError);
  });
});
