import type { Query, QueryClient } from '@tanstack/react-query';
import type { DossierDetail } from '../../../shared/api';
import { inputOfKey, methodOfKey } from '../api/query-keys';

/** Reads whose answer moves with any dossier (a payment, an action, news from the portal). */
const WARD_WIDE_READS = new Set(['dossiers.backlog', 'reports.indicators', 'cash.current', 'payments.unpaid', 'payments.list']);

function staleAfterDossierChange(query: Query, ids: readonly string[]): boolean {
  const method = methodOfKey(query.queryKey);
  if (method === 'dossiers.get') return ids.includes(inputOfKey(query.queryKey, 'dossiers.get')?.id ?? '');
  if (method === 'attachments.list') return ids.includes(inputOfKey(query.queryKey, 'attachments.list')?.dossierId ?? '');
  return WARD_WIDE_READS.has(method);
}

function shownUnsynced(query: Query): boolean {
  if (methodOfKey(query.queryKey) !== 'dossiers.get') return false;
  const shown = query.state.data as DossierDetail | undefined;
  return shown !== undefined && shown.syncState !== 'synced';
}

/** `dossiers.changed`: the dossiers it names and their files are read again, and the ward's figures (backlog, the drawer's fees and receipts). */
export function invalidateAfterDossierChange(client: QueryClient, ids: readonly string[]): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => staleAfterDossierChange(query, ids) });
}

/**
 * The sync state moved (the `sync.status` push or its 10-second poll): a dossier shown as not yet
 * synced is read again, so a missed push never leaves "Chờ gửi lên cổng" on screen after the portal
 * has acknowledged it.
 */
export function invalidateAfterSyncMove(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ predicate: shownUnsynced });
}
