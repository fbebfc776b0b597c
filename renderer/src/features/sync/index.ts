// What the shell and other features use from Đồng bộ.
export { ClockSkewWarning } from './ClockSkewWarning';
export { RestorePendingNotice } from './RestorePendingNotice';
export { SyncIndicator } from './SyncIndicator';
export { SyncPanel } from './SyncPanel';
export { useSyncStatusPoll } from './use-sync-status';
