import { STATUTORY_HOLIDAY_RULES } from './holiday-rules';
import type { WorkCalendar } from './types';

/** Monday to Friday, 07:30-11:30 and 13:30-17:00, statutory holidays, no official schedule. */
export const DEFAULT_WORK_CALENDAR: WorkCalendar = Object.freeze({
  hours: [
    {
      from: null,
      sessions: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
    },
  ],
  weekendDays: [0, 6],
  holidayRules: [...STATUTORY_HOLIDAY_RULES],
  schedules: [],
  sameDayCutoff: '15:00',
});
