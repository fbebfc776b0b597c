import { describe, expect, it } from 'vitest';
import { buildWorkCalendar, dueDate, holidaysOf, vnInstant, vnIsoDate } from '../../../shared/calendar';
import { loadHolidayDir } from '../../../electron/core/catalog';

const datesOf = (entries: Array<{ date: string; kind: string }>, kind?: string) =>
  entries.filter((e) => !kind || e.kind === kind).map((e) => e.date);
const shipped = loadHolidayDir('resources/holidays');
const officialCalendar = buildWorkCalendar({ extraHolidayRules: shipped.addedRules }, shipped.schedules);

describe('statutory holidays (no official schedule loaded)', () => {
  it('2026: Tết is the last day of the year plus lunar 1-4, Giỗ Tổ on Sunday 26 April gives Monday 27 April', () => {
    const days = holidaysOf(2026);
    expect(datesOf(days, 'holiday')).toEqual([
      '2026-01-01',
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
      '2026-04-26', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02', '2026-11-24',
    ]);
    expect(datesOf(days, 'compensatory')).toEqual(['2026-04-27']);
  });

  it('24 November is a day off only from 2026', () => {
    expect(datesOf(holidaysOf(2025))).not.toContain('2025-11-24');
    expect(datesOf(holidaysOf(2027))).toContain('2027-11-24');
  });

  it('2022: 30 April (Saturday) and 1 May (Sunday) give Monday 2 and Tuesday 3 May; Giỗ Tổ on Sunday 10 April gives Monday 11 April', () => {
    const comp = datesOf(holidaysOf(2022), 'compensatory');
    expect(comp).toEqual(expect.arrayContaining(['2022-04-11', '2022-05-02', '2022-05-03']));
  });

  it('a compensatory day skips weekends and holidays: 2027 Tết ends on a weekend, 1 May 2027 is a Saturday', () => {
    const days = holidaysOf(2027);
    expect(datesOf(days, 'holiday')).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']));
    expect(datesOf(days, 'compensatory')).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
  });

  it('24 November on a Saturday (2029) gives no compensatory day, unless the data says so', () => {
    expect(new Date(Date.UTC(2029, 10, 24)).getUTCDay()).toBe(6);
    expect(datesOf(holidaysOf(2029), 'compensatory')).not.toContain('2029-11-26');
    const compensating = buildWorkCalendar({
      extraHolidayRules: [{ id: 'van-hoa-viet-nam', name: 'Ngày Văn hóa Việt Nam', calendar: 'solar', month: 11, day: 24, fromYear: 2026, compensate: true }],
    });
    expect(datesOf(holidaysOf(2029, { calendar: compensating }), 'compensatory')).toContain('2029-11-26');
  });

  it('a newly legislated holiday is added as data, without code changes', () => {
    const calendar = buildWorkCalendar({
      extraHolidayRules: [{ id: 'ngay-moi', name: 'Ngày lễ mới', calendar: 'lunar', month: 8, day: 15, fromYear: 2030, compensate: true }],
    });
    expect(holidaysOf(2029, { calendar }).some((h) => h.name === 'Ngày lễ mới')).toBe(false);
    const added = holidaysOf(2030, { calendar }).filter((h) => h.name === 'Ngày lễ mới');
    expect(added).toHaveLength(1);
  });
});

describe('the ends of the supported range', () => {
  it('1900 and 2199 have their Tết and Giỗ Tổ', () => {
    for (const year of [1900, 2199]) {
      const names = holidaysOf(year).map((h) => h.name);
      expect(names.filter((n) => n === 'Tết Âm lịch')).toHaveLength(5);
      expect(names).toContain('Giỗ Tổ Hùng Vương');
    }
  });
});

describe('official schedules override the computed default', () => {
  it('2026: Tết off from Saturday 14 to Sunday 22 February, the rest computed by law', () => {
    const days = holidaysOf(2026, { calendar: officialCalendar });
    expect(datesOf(days, 'official').filter((d) => d.startsWith('2026-02'))).toEqual([
      '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22',
    ]);
    expect(datesOf(days)).toContain('2026-11-24');
    expect(datesOf(days, 'compensatory')).toEqual(['2026-04-27']);
  });

  it('2027 (reported): Tết 4-10 February replaces the computed days, so Thursday 11 February is worked', () => {
    const days = datesOf(holidaysOf(2027, { calendar: officialCalendar }));
    expect(days).toEqual(expect.arrayContaining(['2027-02-04', '2027-02-10', '2027-09-02', '2027-09-03', '2027-09-04', '2027-09-05']));
    expect(days).not.toContain('2027-02-11');
    expect(days).not.toContain('2027-09-01');
    const due = dueDate(vnInstant(2027, 2, 3, 14, 0), { unit: 'working-days', amount: 1 }, { calendar: officialCalendar });
    expect(vnIsoDate(due)).toBe('2027-02-11');
  });

  it('a swapped working day (ngày làm bù) on a Saturday counts as a working day', () => {
    const calendar = buildWorkCalendar({}, [
      { year: 2028, status: 'official', source: 'test', covers: [], daysOff: [{ date: '2028-05-02', name: 'Nghỉ cầu nối' }], workingDays: [{ date: '2028-05-06', name: 'Làm bù' }] },
    ]);
    expect(datesOf(holidaysOf(2028, { calendar }))).toContain('2028-05-02');
    // Received Friday 5 May at 16:00: one working day runs through Saturday 6 May.
    const due = dueDate(vnInstant(2028, 5, 5, 16, 0), { unit: 'working-days', amount: 1 }, { calendar });
    expect(vnIsoDate(due)).toBe('2028-05-06');
  });
});
