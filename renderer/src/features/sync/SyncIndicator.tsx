import { Tooltip } from 'antd';
import { useConnectivity } from '../../stores/connectivity-store';
import { SyncIcon } from './SyncIcon';
import { lastSuccessLabel, offlineLabel, oldestPendingLabel, syncLook } from './sync-state';
import { useNow } from '../../ui/use-now';
import './sync.css';

/** The header's sync summary: queue depth, oldest change, last sync, and counts that need a person. Opens the panel. */
export function SyncIndicator({ onOpen }: { onOpen: () => void }) {
  const sync = useConnectivity((state) => state.sync);
  const now = useNow();
  const look = syncLook(sync);

  const oldest = sync ? oldestPendingLabel(sync, now) : null;
  const details = sync ? [offlineLabel(sync), lastSuccessLabel(sync, now)].filter((part): part is string => part !== null) : ['Đang tải…'];

  return (
    <Tooltip title="Xem tình trạng đồng bộ với Cổng dịch vụ công">
      <button
        type="button"
        className={`desk-sync is-${look}`}
        onClick={onOpen}
        aria-haspopup="dialog"
        data-testid="sync-indicator"
        data-state={look}
        data-pending={sync?.pending ?? ''}
      >
        <SyncIcon size={18} />
        <span className="desk-sync-text">
          <span className="desk-sync-queue">
            <span data-testid="sync-queue-depth">Chờ đồng bộ: {sync ? sync.pending : '…'}</span>
            {oldest ? <span className="desk-sync-oldest"> · {oldest}</span> : null}
          </span>
          <span className="desk-sync-details">{details.join(' · ')}</span>
        </span>
        {sync && sync.rejected > 0 ? (
          <span className="desk-sync-badge is-rejected" data-testid="sync-rejected-badge">
            {sync.rejected} bị từ chối
          </span>
        ) : null}
        {sync && sync.conflicts > 0 ? (
          <span className="desk-sync-badge is-conflict" data-testid="sync-conflict-badge">
            {sync.conflicts} xung đột
          </span>
        ) : null}
      </button>
    </Tooltip>
  );
}
