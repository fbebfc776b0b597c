/** Official yearly holiday schedules from resources/holidays/*.json, validated at load. */
import path from 'node:path';
import type { HolidayRule, OfficialSchedule } from '../../../shared/calendar';
import { type HolidayScheduleFile, parseHolidaySchedule, toOfficialSchedule } from '../../../shared/catalog';
import { jsonFilesIn, readJsonFile } from './read-json-file';

/** Reads and validates one holiday-schedule file. */
export function loadHolidayFile(filePath: string): HolidayScheduleFile {
  return parseHolidaySchedule(readJsonFile(filePath), path.basename(filePath));
}

/** Schedules of a folder in file-name order, and the holiday rules the files add. */
export function loadHolidayDir(dir: string): { schedules: OfficialSchedule[]; addedRules: HolidayRule[] } {
  const files = jsonFilesIn(dir).map(loadHolidayFile);
  return { schedules: files.map(toOfficialSchedule), addedRules: files.flatMap((f) => f.addedRules) };
}
