import { buildWorkCalendar, type HolidayRule, type OfficialSchedule, type WorkCalendar, type WorkCalendarSettings } from '../../../shared/calendar';
import type { SettingsStore } from './settings-store';

/**
 * The agency's working calendar: office hours from the settings, official yearly schedules from
 * resources/holidays (and any a supervisor entered). Built once and rebuilt when settings change.
 */
export class AgencyCalendar {
  private cached: WorkCalendar | null = null;
  constructor(
    private readonly settings: SettingsStore,
    private readonly shippedSchedules: OfficialSchedule[],
    private readonly shippedRules: HolidayRule[] = [],
  ) {}

  get(): WorkCalendar {
    if (!this.cached) {
      const hours = this.settings.get<WorkCalendarSettings>('workCalendar', {});
      const entered = this.settings.get<OfficialSchedule[]>('officialSchedules', []);
      const byYear = new Map<number, OfficialSchedule>();
      for (const s of [...this.shippedSchedules, ...entered]) byYear.set(s.year, s);
      this.cached = buildWorkCalendar(
        { ...hours, extraHolidayRules: [...this.shippedRules, ...(hours.extraHolidayRules ?? [])] },
        [...byYear.values()],
      );
    }
    return this.cached;
  }

  invalidate(): void {
    this.cached = null;
  }
}
