import { useConnectivity } from '../../stores/connectivity-store';
import { clockSkewMinutes } from './sync-figures';
import './sync.css';

/** Across every screen while this computer's clock is off by more than 2 minutes: a wrong clock is a wrong receipt. */
export function ClockSkewWarning() {
  const minutes = useConnectivity((state) => clockSkewMinutes(state.sync?.clockSkewSeconds));
  if (minutes === null) return null;
  return (
    <div className="desk-clock-skew" role="alert" data-testid="clock-skew-warning">
      Đồng hồ máy tính lệch {minutes} phút so với cổng dịch vụ công: ngày giờ trên giấy hẹn có thể sai. Hãy chỉnh lại đồng hồ.
    </div>
  );
}
