import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkCalendar,
  dueDate,
  holidaysOf,
  shiftAfterPause,
  vnParts,
  workingMinutesBetween,
  type ProcessingTime,
  type WorkCalendar,
} from '../../../shared/calendar';
import { loadHolidayDir } from '../../../electron/core/catalog';

const shipped = loadHolidayDir('resources/holidays');
const calendars: Array<[string, WorkCalendar | undefined]> = [
  ['statutory default', undefined],
  ['with the shipped official schedules', buildWorkCalendar({}, shipped.schedules)],
];

// Independent oracle for the default hours: Monday-Friday, 07:30-11:30 and 13:30-17:00, ends included.
const daysOff = (calendar: WorkCalendar | undefined) => {
  const set = new Set<string>();
  for (let y = 2023; y <= 2030; y++) for (const h of holidaysOf(y, calendar ? { calendar } : undefined)) set.add(h.date);
  return set;
};
const insideSession = (d: Date, off: Set<string>) => {
  const p = vnParts(d);
  const iso = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  const minutes = p.hour * 60 + p.minute + p.second / 60;
  const inSession = (minutes >= 450 && minutes <= 690) || (minutes >= 810 && minutes <= 1020);
  return p.weekday >= 1 && p.weekday <= 5 && !off.has(iso) && inSession;
};

const receipt = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => new Date(ms));
const processingTime: fc.Arbitrary<ProcessingTime> = fc.oneof(
  fc.record({ unit: fc.constant('working-days' as const), amount: fc.integer({ min: 1, max: 40 }).map((n) => n / 2) }),
  fc.record({ unit: fc.constant('working-hours' as const), amount: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ unit: fc.constant('calendar-days' as const), amount: fc.integer({ min: 0, max: 45 }) }),
  fc.constant({ unit: 'same-day' as const }),
  fc.record({ unit: fc.constant('same-day' as const), cutoff: fc.constantFrom('11:00', '15:00', '16:30') }),
);

describe.each(calendars)('deadline properties (%s)', (_label, calendar) => {
  const options = calendar ? { calendar } : undefined;
  const off = daysOff(calendar);

  it('a deadline is never on a day off nor outside the sessions', () => {
    fc.assert(
      fc.property(receipt, processingTime, (received, time) => {
        expect(insideSession(dueDate(received, time, options), off)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a later receipt never gives an earlier deadline', () => {
    fc.assert(
      fc.property(receipt, fc.integer({ min: 0, max: 10 * 86_400_000 }), processingTime, (first, gap, time) => {
        const later = new Date(first.getTime() + gap);
        expect(dueDate(later, time, options).getTime()).toBeGreaterThanOrEqual(dueDate(first, time, options).getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it('working hours of session time separate the receipt and the deadline', () => {
    fc.assert(
      fc.property(receipt, fc.integer({ min: 1, max: 60 }), (received, hours) => {
        const due = dueDate(received, { unit: 'working-hours', amount: hours }, options);
        // The due time is kept in whole minutes, so at most a minute's seconds come off.
        const between = workingMinutesBetween(received, due, options);
        expect(between).toBeLessThanOrEqual(hours * 60 + 1e-9);
        expect(between).toBeGreaterThan(hours * 60 - 1);
        expect(due.getUTCSeconds()).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('a pause never brings a deadline forward and adds exactly the working time waited', () => {
    fc.assert(
      fc.property(receipt, fc.integer({ min: 0, max: 20 * 86_400_000 }), processingTime, (pausedAt, waited, time) => {
        const dueAt = dueDate(pausedAt, time, options);
        const resumedAt = new Date(pausedAt.getTime() + waited);
        const shifted = shiftAfterPause(dueAt, pausedAt, resumedAt, options);
        expect(shifted.getTime()).toBeGreaterThanOrEqual(dueAt.getTime());
        const added = workingMinutesBetween(dueAt, shifted, options);
        expect(added).toBeCloseTo(workingMinutesBetween(pausedAt, resumedAt, options), 6);
      }),
      { numRuns: 1000 },
    );
  });
});
