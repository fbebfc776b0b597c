import { describe, expect, it } from 'vitest';
import { createLunarCalendar, lunarToSolar, solarToLunar } from '../../../shared/calendar';

const tet = (year: number) => lunarToSolar({ year, month: 1, day: 1 });
const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const chinese = createLunarCalendar(8);

describe('Vietnamese lunar calendar: references', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    // Widely published Tết dates.
    [2000, '2000-02-05'],
    [2010, '2010-02-14'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
  ])('Tết %i falls on %s', (year, expected) => {
    expect(iso(tet(year))).toBe(expected);
    expect(solarToLunar(tet(year))).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it('Giỗ Tổ (10/3 lunar) falls on 26 April 2026, 7 April 2025 and 18 April 2024', () => {
    expect(iso(lunarToSolar({ year: 2026, month: 3, day: 10 }))).toBe('2026-04-26');
    expect(iso(lunarToSolar({ year: 2025, month: 3, day: 10 }))).toBe('2025-04-07');
    expect(iso(lunarToSolar({ year: 2024, month: 3, day: 10 }))).toBe('2024-04-18');
  });

  it.each([
    // [year, Vietnam (UTC+7), China (UTC+8)]
    [1968, '1968-01-29', '1968-01-30'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
  ])('Tết %i differs between Vietnam (%s) and China (%s) because of the meridian', (year, vietnam, china) => {
    expect(iso(tet(year))).toBe(vietnam);
    expect(iso(chinese.lunarToSolar({ year, month: 1, day: 1 }))).toBe(china);
  });

  it.each([
    [2012, 4, '2012-05-21'],
    [2014, 9, '2014-10-24'],
    [2017, 6, '2017-07-23'],
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
  ])('year %i has leap month %i, starting %s', (year, month, start) => {
    expect(iso(lunarToSolar({ year, month, day: 1, leap: true }))).toBe(start);
    for (let m = 1; m <= 12; m++) {
      if (m !== month) expect(() => lunarToSolar({ year, month: m, day: 1, leap: true })).toThrow(/không tồn tại/);
    }
  });

  it('refuses lunar dates that do not exist and years outside 1900-2199', () => {
    expect(() => lunarToSolar({ year: 2026, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2026, month: 1, day: 31 })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2024, month: 6, day: 1, leap: true })).toThrow(RangeError);
    // Find a 29-day month and ask for its 30th day.
    const next = lunarToSolar({ year: 2026, month: 2, day: 1 });
    const lastOfFirst = solarToLunar({ ...next, day: next.day - 1 });
    if (lastOfFirst.day === 29) expect(() => lunarToSolar({ year: 2026, month: 1, day: 30 })).toThrow(RangeError);
    else expect(lastOfFirst.day).toBe(30);
    expect(() => solarToLunar({ year: 1899, month: 12, day: 31 })).toThrow(RangeError);
    expect(() => solarToLunar({ year: 2200, month: 1, day: 1 })).toThrow(RangeError);
    expect(() => solarToLunar({ year: 2026, month: 2, day: 29 })).toThrow(RangeError);
  });
});

describe('Vietnamese lunar calendar: every day 1900-2199', () => {
  it('converts each day to a lunar date and back, with consecutive days and well-formed months and years', () => {
    let previous = solarToLunar({ year: 1900, month: 1, day: 1 });
    let monthsInYear = 0;
    for (let t = Date.UTC(1900, 0, 2); t < Date.UTC(2200, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const solar = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      const lunar = solarToLunar(solar);
      const back = lunarToSolar(lunar);
      if (back.year !== solar.year || back.month !== solar.month || back.day !== solar.day) {
        expect({ solar, lunar, back }).toBe('a round trip');
      }
      if (lunar.day === 1) {
        // A month has 29 or 30 days; the next month is the next number or the leap repeat.
        if (previous.day !== 29 && previous.day !== 30) expect(previous).toBe('a month of 29 or 30 days');
        const expectedMonth = lunar.leap ? previous.month : (previous.month % 12) + 1;
        if (lunar.month !== expectedMonth || (lunar.leap && previous.leap)) expect({ previous, lunar }).toBe('consecutive months');
        monthsInYear++;
        if (lunar.month === 1 && !lunar.leap) {
          if (lunar.year !== previous.year + 1) expect({ previous, lunar }).toBe('a new year at month 1');
          if (solar.year > 1900 && monthsInYear !== 12 && monthsInYear !== 13) expect({ lunar, monthsInYear }).toBe('12 or 13 months');
          monthsInYear = 0;
        }
      } else if (lunar.day !== previous.day + 1 || lunar.month !== previous.month || lunar.year !== previous.year) {
        expect({ previous, lunar }).toBe('consecutive days');
      }
      previous = lunar;
    }
  });
});
