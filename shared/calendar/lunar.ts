/**
 * The Vietnamese lunisolar calendar computed from the astronomy, for a given meridian:
 * a month starts on the local day of a new moon; month 11 is the month containing the winter
 * solstice; when 13 months separate two months 11, the first month without a major solar term
 * (a multiple of 30 degrees of solar longitude) is the leap month and repeats the previous
 * month's number. Vietnam uses UTC+7; China's calendar follows the same rules at UTC+8, which
 * is how the two come to differ.
 */
import { SYNODIC_MONTH, UNIX_EPOCH_JD, newMoonJd, sunLongitude } from './astronomy';
import { type CivilDate, civilDateOf, dayNumberOf, isValidCivilDate } from './vietnam-time';

export type SolarDate = CivilDate;

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** The years the calendar is checked for; outside them the conversions refuse. */
export const FIRST_SUPPORTED_YEAR = 1900;
export const LAST_SUPPORTED_YEAR = 2199;

/** Day numbers of lunar months from one month 11 to the next, with their labels. */
interface SolsticeCycle {
  /** starts[i] is the day number of month i's first day; starts[length - 1] is the next month 11. */
  starts: number[];
  months: number[];
  leap: boolean[];
}

/** JD of the new moon numbered 0 in astronomy.ts (6 January 2000), used to guess k from a day. */
const FIRST_NEW_MOON_JDE = 2451550.09766;

export interface LunarCalendar {
  solarToLunar(date: SolarDate): LunarDate;
  lunarToSolar(date: { year: number; month: number; day: number; leap?: boolean }): SolarDate;
}

/** A lunar calendar for the meridian of UTC + offsetHours. */
export function createLunarCalendar(offsetHours: number): LunarCalendar {
  const dayFraction = offsetHours / 24;
  const cycles = new Map<number, SolsticeCycle>();

  /** Local day number of new moon k. */
  const newMoonDay = (k: number) => Math.floor(newMoonJd(k) - UNIX_EPOCH_JD + dayFraction);

  /** Which 30-degree sector the Sun is in at local midnight starting day d (0 = from 0 degrees). */
  const sectorAtDayStart = (d: number) => Math.floor(sunLongitude(UNIX_EPOCH_JD + d - dayFraction) / 30);

  /** k of the new moon starting the month that contains day d. */
  const monthKOf = (d: number) => {
    let k = Math.floor((d + UNIX_EPOCH_JD - FIRST_NEW_MOON_JDE) / SYNODIC_MONTH);
    while (newMoonDay(k + 1) <= d) k++;
    while (newMoonDay(k) > d) k--;
    return k;
  };

  /** k of month 11 of solar year y: the month holding the December solstice (270 degrees). */
  const month11K = (y: number) => {
    const k = monthKOf(dayNumberOf({ year: y, month: 12, day: 31 }));
    // If the Sun is already past 270 degrees when this month starts, the solstice was in the one before.
    return sectorAtDayStart(newMoonDay(k)) >= 9 ? k - 1 : k;
  };

  const cycleEndingIn = (solarYear: number): SolsticeCycle => {
    const cached = cycles.get(solarYear);
    if (cached) return cached;
    const kA = month11K(solarYear - 1);
    const kB = month11K(solarYear);
    const starts: number[] = [];
    for (let k = kA; k <= kB; k++) starts.push(newMoonDay(k));
    let leapIndex = -1;
    if (kB - kA === 13) {
      for (let i = 1; i <= 12; i++) {
        if (sectorAtDayStart(starts[i]!) === sectorAtDayStart(starts[i + 1]!)) {
          leapIndex = i;
          break;
        }
      }
    }
    const months: number[] = [];
    const leap: boolean[] = [];
    for (let i = 0; i < kB - kA; i++) {
      if (i === 0) months.push(11);
      else if (i === leapIndex) months.push(months[i - 1]!);
      else months.push((months[i - 1]! % 12) + 1);
      leap.push(i === leapIndex);
    }
    const cycle = { starts, months, leap };
    cycles.set(solarYear, cycle);
    return cycle;
  };

  const assertSolarInRange = (date: SolarDate) => {
    if (date.year < FIRST_SUPPORTED_YEAR || date.year > LAST_SUPPORTED_YEAR) {
      throw new RangeError(`Lịch âm chỉ tính cho các năm ${FIRST_SUPPORTED_YEAR}-${LAST_SUPPORTED_YEAR}.`);
    }
  };

  return {
    solarToLunar(date) {
      if (!isValidCivilDate(date)) throw new RangeError('Ngày dương lịch không hợp lệ.');
      assertSolarInRange(date);
      const d = dayNumberOf(date);
      let solarYear = date.year;
      let cycle = cycleEndingIn(solarYear);
      if (d >= cycle.starts[cycle.starts.length - 1]!) cycle = cycleEndingIn(++solarYear);
      let i = cycle.months.length - 1;
      while (cycle.starts[i]! > d) i--;
      const month = cycle.months[i]!;
      // Months 11 and 12 at the head of a cycle belong to the previous lunar year.
      const year = month >= 11 && i <= 2 ? solarYear - 1 : solarYear;
      return { year, month, day: d - cycle.starts[i]! + 1, leap: cycle.leap[i]! };
    },

    lunarToSolar({ year, month, day, leap = false }) {
      const invalid = () => new RangeError(`Ngày âm lịch không tồn tại: ${day}/${month}${leap ? ' nhuận' : ''}/${year}.`);
      if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) throw invalid();
      if (year < FIRST_SUPPORTED_YEAR - 1 || year > LAST_SUPPORTED_YEAR) {
        throw new RangeError(`Lịch âm chỉ tính cho các năm ${FIRST_SUPPORTED_YEAR}-${LAST_SUPPORTED_YEAR}.`);
      }
      const cycle = cycleEndingIn(month >= 11 ? year + 1 : year);
      for (let i = 0; i < cycle.months.length; i++) {
        const headOfCycle = i <= 2 && cycle.months[i]! >= 11;
        if (cycle.months[i] !== month || cycle.leap[i] !== leap || headOfCycle !== month >= 11) continue;
        if (day > cycle.starts[i + 1]! - cycle.starts[i]!) throw invalid();
        const solar = civilDateOf(cycle.starts[i]! + day - 1);
        assertSolarInRange(solar);
        return solar;
      }
      throw invalid();
    },
  };
}

/** The Vietnamese calendar (meridian of UTC+7). */
export const vietnameseLunarCalendar = createLunarCalendar(7);

/** Lunar date of a Gregorian date, Vietnamese calendar. */
export function solarToLunar(date: SolarDate): LunarDate {
  return vietnameseLunarCalendar.solarToLunar(date);
}

/** Gregorian date of a lunar date, Vietnamese calendar; throws for a lunar date that does not exist. */
export function lunarToSolar(date: { year: number; month: number; day: number; leap?: boolean }): SolarDate {
  return vietnameseLunarCalendar.lunarToSolar(date);
}
