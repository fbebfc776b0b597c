import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockTime,
  dateInWords,
  dueTimeText,
  timeAndDateInWords,
  vnClockSeconds,
  vnDate,
  vnDateTime,
  vnSecondsDate,
  vnTimeDate,
  vnTimeToday,
  vnToday,
  vnWallTimeToIso,
} from '../../../renderer/src/ui/vietnam-time';

// 17:05:09 UTC on 24/11/2026 is already 00:05:09 on 25/11/2026 at the counter.
const LATE_UTC = '2026-11-24T17:05:09.000Z';

describe('the renderer shows every time in Vietnam time, whatever the workstation zone', () => {
  it('an instant after 17:00 UTC is shown on the next Vietnamese day, in each of the desk\'s forms', () => {
    expect(vnDate(LATE_UTC)).toBe('25/11/2026');
    expect(vnDateTime(LATE_UTC)).toBe('25/11/2026 00:05');
    expect(vnTimeDate(LATE_UTC)).toBe('00:05 25/11/2026');
    expect(vnSecondsDate(LATE_UTC)).toBe('00:05:09 25/11/2026');
    expect(vnClockSeconds(LATE_UTC)).toBe('00:05:09');
    expect(clockTime(LATE_UTC)).toBe('00:05');
    expect(dateInWords(LATE_UTC)).toBe('ngày 25 tháng 11 năm 2026');
    expect(timeAndDateInWords(LATE_UTC)).toBe('00 giờ 05 phút, ngày 25 tháng 11 năm 2026');
    expect(dueTimeText(LATE_UTC)).toBe('00 giờ 05 phút, ngày 25/11/2026');
    expect(vnToday(new Date(LATE_UTC))).toBe('2026-11-25');
  });

  it('no instant shows as an empty cell', () => {
    for (const format of [vnDate, vnDateTime, vnTimeDate, vnSecondsDate]) {
      expect(format(null)).toBe('');
      expect(format(undefined)).toBe('');
    }
  });

  it('a time of today shows the clock only, another day adds the date', () => {
    const now = new Date('2026-11-25T09:00:00+07:00');
    expect(vnTimeToday('2026-11-25T08:15:00+07:00', now)).toBe('08:15');
    expect(vnTimeToday('2026-11-24T23:59:00+07:00', now)).toBe('23:59 24/11/2026');
  });

  it('a wall-clock time typed at the counter is the instant seven hours earlier in UTC', () => {
    expect(vnWallTimeToIso('2026-11-25', '16:30')).toBe('2026-11-25T09:30:00.000Z');
    expect(vnWallTimeToIso('2026-01-01', '00:00')).toBe('2025-12-31T17:00:00.000Z');
  });

  it('agrees with the operating system\'s Asia/Ho_Chi_Minh zone for any instant of 1990-2100', () => {
    const zone = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        const p = Object.fromEntries(zone.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
        expect(vnSecondsDate(iso)).toBe(`${p.hour}:${p.minute}:${p.second} ${p.day}/${p.month}/${p.year}`);
      }),
    );
  });
});
