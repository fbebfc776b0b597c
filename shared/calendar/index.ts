/** Vietnamese calendar and working time: lunar dates, holidays, office sessions, deadlines. All in Vietnam time (UTC+7). */
export { solarToLunar, lunarToSolar, createLunarCalendar, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './lunar';
export type { LunarDate, SolarDate, LunarCalendar } from './lunar';
export { holidaysOf } from './holidays';
export { STATUTORY_HOLIDAY_RULES } from './holiday-rules';
export { DEFAULT_WORK_CALENDAR } from './default-calendar';
export { buildWorkCalendar, compileCalendar } from './work-calendar';
export type { WorkCalendarSettings } from './work-calendar';
export { dueDate, workingMinutesBetween, shiftAfterPause, dueDateAfterSupplement } from './deadlines';
export type { CalendarOptions, SupplementRule } from './deadlines';
export type { ProcessingTime, WorkCalendar, Session, OfficeHours, HolidayRule, OfficialSchedule, HolidayEntry } from './types';
export { vnInstant, vnIsoDate, vnParts, parseIsoDate, isoDateOf, vnDayStartIso } from './vietnam-time';
export type { CivilDate } from './vietnam-time';
