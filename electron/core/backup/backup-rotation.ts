import { vnDayNumber } from '../../../shared/calendar/vietnam-time';

export interface RotationCandidate {
  id: string;
  createdAt: string;
}

/**
 * Which backups rotation may delete: it keeps every backup of the newest day, the newest backup
 * of each of the newest `keepDaily` days and of each of the newest `keepMonthly` months (Vietnam
 * dates), and every one whose date it cannot read. The caller deletes only those that verify.
 */
export function backupsToDelete(backups: readonly RotationCandidate[], keepDaily: number, keepMonthly: number): string[] {
  const dated = backups
    .map((b) => ({ id: b.id, ms: Date.parse(b.createdAt) }))
    .filter((b) => Number.isFinite(b.ms))
    .sort((a, b) => b.ms - a.ms);
  const keep = new Set<string>();
  const days = new Set<number>();
  const months = new Set<string>();
  const newestDay = dated.length ? vnDayNumber(dated[0]!.ms) : null;
  for (const b of dated) {
    const day = vnDayNumber(b.ms);
    if (day === newestDay) keep.add(b.id);
    if (!days.has(day) && days.size < keepDaily) {
      days.add(day);
      keep.add(b.id);
    }
    const local = new Date(day * 86_400_000);
    const month = `${local.getUTCFullYear()}-${local.getUTCMonth()}`;
    if (!months.has(month) && months.size < keepMonthly) {
      months.add(month);
      keep.add(b.id);
    }
  }
  return dated.filter((b) => !keep.has(b.id)).map((b) => b.id);
}
