import type { DossierAction } from '../../../shared/dossier-lifecycle';
import type { DossierRow } from './dossier-row';

/** What any counter may do to a dossier another counter received (learned from the feed). */
export const ANY_COUNTER_ACTIONS: readonly DossierAction[] = ['handOver', 'receiveSupplement'];

/**
 * Received at another counter of the ward: this desk only hands over or receives a supplement.
 * An online filing this desk refused (`refusedHere`) was received nowhere: it is not "elsewhere".
 */
export function receivedElsewhere(row: Pick<DossierRow, 'origin' | 'received_by' | 'status'>, refusedHere = false): boolean {
  return row.origin === 'feed' && row.received_by === null && row.status !== 1 && !refusedHere;
}
