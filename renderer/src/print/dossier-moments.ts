import type { DossierDetail } from '../../../shared/api';

/** The latest history entry that put the dossier in `status` (3 refused, 5 waiting for a supplement). */
export function lastEntryWithStatus(dossier: DossierDetail, status: number) {
  return [...dossier.history].reverse().find((entry) => entry.status === status) ?? null;
}
