import { Alert } from 'antd';
import { useConnectivity } from '../../stores/connectivity-store';

/**
 * On Tiếp nhận and Thu phí while a desk restored from a backup has not yet read the portal's feed
 * to its end: the lost machine may have issued codes and receipts after its backup, so the officer
 * learns why a save waits a few seconds, or why numbers jump ahead while the portal is out of reach.
 */
export function RestorePendingNotice() {
  const pending = useConnectivity((state) => state.sync?.restorePending === true);
  const online = useConnectivity((state) => state.sync?.online === true);
  if (!pending) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="restore-pending-notice"
      title="Máy vừa được khôi phục từ bản sao lưu, chưa đối chiếu xong với Cổng dịch vụ công."
      description={
        online
          ? 'Mỗi lần lưu hồ sơ hoặc thu phí, máy đọc Cổng trước (tối đa 5 giây) để mã hồ sơ và số biên lai không trùng với những số máy cũ đã cấp sau bản sao lưu.'
          : 'Chưa kết nối được Cổng: mã hồ sơ mới bỏ qua 50 số mỗi ngày và số biên lai bỏ qua 100 số, để không trùng với những số máy cũ có thể đã cấp sau bản sao lưu. Thông báo tự mất khi máy đọc xong dữ liệu trên Cổng.'
      }
    />
  );
}
