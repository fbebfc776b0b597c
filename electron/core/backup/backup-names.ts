import { BACKUP_ID_PATTERN } from '../../../shared/api/backup';
import { fromLocalMs, toLocalMs } from '../../../shared/calendar/vietnam-time';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** yyyyMMdd-HHmmss in Vietnam time (the folder names are read by people at the counter). */
export function vietnamStamp(at: Date): string {
  const local = new Date(toLocalMs(at));
  return `${local.getUTCFullYear()}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}-${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}`;
}

export function backupIdOf(agencyId: string, at: Date): string {
  return `motcua-backup-${agencyId}-${vietnamStamp(at)}`;
}

export function isBackupId(name: string): boolean {
  return BACKUP_ID_PATTERN.test(name);
}

/** The folder a backup is written in before its rename: hidden, names its writer, never listed. */
export function partialNameOf(id: string, pid = process.pid): string {
  return `.${id}.partial-${pid}`;
}

/** The writer's process id of a partial folder, or null when the name is not one. */
export function partialWriterOf(name: string): number | null {
  const match = /^\.motcua-backup-.+\.partial-(\d+)$/.exec(name);
  return match ? Number(match[1]) : null;
}

/** The instant in a backup's name (for a backup whose manifest cannot be read), ISO UTC. */
export function createdAtOfId(id: string): string | null {
  const m = /-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(-\d+)?$/.exec(id);
  if (!m) return null;
  const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  return fromLocalMs(Date.UTC(y, mo - 1, d, h, mi, se)).toISOString();
}
