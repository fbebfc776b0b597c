import { Tooltip } from 'antd';
import { offlineReason, useConnectivity, type OfflineReason } from '../stores/connectivity-store';
import { vnTimeDate } from '../ui/vietnam-time';

const OFFLINE_EXPLANATIONS: Record<OfflineReason, string> = {
  core: 'Không kết nối được với máy chủ của ứng dụng.',
  network: 'Máy tính đang mất kết nối mạng. Hồ sơ vẫn được tiếp nhận và lưu trên máy, sẽ gửi lên khi có mạng.',
  portal: 'Chưa kết nối được Cổng dịch vụ công. Hồ sơ vẫn được lưu trên máy và sẽ gửi lên khi kết nối lại.',
};

/** "Trực tuyến" / "Ngoại tuyến" in the header, with the reason and the sync backlog on hover. */
export function ConnectivityIndicator() {
  const networkUp = useConnectivity((state) => state.networkUp);
  const coreReachable = useConnectivity((state) => state.coreReachable);
  const sync = useConnectivity((state) => state.sync);
  const reason = offlineReason({ networkUp, coreReachable, sync });
  const online = reason === null;

  const details = [online ? 'Đang kết nối.' : OFFLINE_EXPLANATIONS[reason]];
  if (sync) {
    details.push(`Hồ sơ chờ gửi: ${sync.pending}.`);
    if (sync.lastSuccessAt) details.push(`Đồng bộ gần nhất: ${vnTimeDate(sync.lastSuccessAt)}.`);
  }

  return (
    <Tooltip title={details.join(' ')}>
      <span
        className={`desk-connectivity ${online ? 'is-online' : 'is-offline'}`}
        role="status"
        aria-live="polite"
        data-testid="connectivity-indicator"
        data-state={online ? 'online' : 'offline'}
        tabIndex={0}
      >
        <span className="desk-connectivity-dot" aria-hidden="true" />
        {online ? 'Trực tuyến' : 'Ngoại tuyến'}
      </span>
    </Tooltip>
  );
}
