import type { DossierDetail, DossierHistoryEntry } from '../../../shared/api';

/** The latest history entry that put the dossier in `status` (3 refused, 5 waiting for a supplement). */
export function lastEntryWithStatus(dossier: DossierDetail, status: number) {
  return [...dossier.history].reverse().find((entry) => entry.status === status) ?? null;
}

/** The latest reschedule (Mẫu 04): its reason, when, by whom, the new time (its dueAt) and the time promised before it. */
export function lastReschedule(dossier: DossierDetail): { entry: DossierHistoryEntry; promisedBefore: string | null } | null {
  const index = dossier.history.findLastIndex((entry) => entry.action === 'reschedule');
  if (index < 0) return null;
  const before = dossier.history.slice(0, index).findLast((entry) => entry.dueAt !== null);
  return { entry: dossier.history[index]!, promisedBefore: before?.dueAt ?? null };
}

/** The entry that stopped the dossier (Mẫu 05): withdrawn at the citizen's request (7) or stopped by the back office (8). */
export function stopEntry(dossier: DossierDetail): DossierHistoryEntry | null {
  return dossier.history.findLast((entry) => entry.status === 7 || entry.status === 8) ?? null;
}
