import type { LiveSyncStatus } from '../../stores/connectivity-store';
import { vnTimeToday } from '../../ui/vietnam-time';
import { ageInWords } from './sync-figures';

/** The indicator's overall look: all sent, waiting, needs a person, or cut off from the portal. */
export type SyncLook = 'loading' | 'synced' | 'pending' | 'attention' | 'offline';

export function syncLook(sync: LiveSyncStatus | null): SyncLook {
  if (!sync) return 'loading';
  if (sync.rejected > 0 || sync.conflicts > 0) return 'attention';
  if (!sync.online) return 'offline';
  return sync.pending > 0 ? 'pending' : 'synced';
}

/** "Ngoại tuyến", or why there is no portal at all. */
export function offlineLabel(sync: LiveSyncStatus): string | null {
  if (sync.configured === false) return 'Chưa kết nối cổng (ngoại tuyến)';
  return sync.online ? null : 'Ngoại tuyến';
}

/** "cũ nhất 5 phút" while changes wait, otherwise null. */
export function oldestPendingLabel(sync: LiveSyncStatus, now: Date): string | null {
  return sync.pending > 0 && sync.oldestPendingAt ? `cũ nhất ${ageInWords(sync.oldestPendingAt, now)}` : null;
}

/** "Đồng bộ lúc 14:05" (Vietnam time), or "Chưa đồng bộ lần nào". */
export function lastSuccessLabel(sync: LiveSyncStatus, now: Date): string {
  return sync.lastSuccessAt ? `Đồng bộ lúc ${vnTimeToday(sync.lastSuccessAt, now)}` : 'Chưa đồng bộ lần nào';
}
