import { Tag } from 'antd';
import type { DossierSyncState } from '../../../../shared/api/dossiers';

const SYNC_LABELS: Record<DossierSyncState, { label: string; color: string; hint: string }> = {
  pending: { label: 'Chờ gửi lên cổng', color: 'gold', hint: 'Thay đổi mới nhất chưa được cổng dịch vụ công xác nhận; sẽ tự gửi khi có mạng.' },
  sending: { label: 'Đang gửi lên cổng', color: 'processing', hint: 'Cổng dịch vụ công đang nhận thay đổi mới nhất của hồ sơ.' },
  synced: { label: 'Đã đồng bộ', color: 'green', hint: 'Cổng dịch vụ công đã nhận phiên bản mới nhất của hồ sơ.' },
  rejected: { label: 'Cổng từ chối', color: 'red', hint: 'Cổng không nhận hồ sơ: xem lý do trong danh sách Đồng bộ, sửa rồi hồ sơ sẽ được gửi lại.' },
  conflict: { label: 'Xung đột dữ liệu', color: 'volcano', hint: 'Cổng và quầy cùng sửa một trường: lãnh đạo chọn giá trị giữ lại trong danh sách Đồng bộ.' },
  'code-conflict': { label: 'Trùng mã hồ sơ', color: 'red', hint: 'Mã hồ sơ đã được dùng cho hồ sơ khác trên cổng: lãnh đạo cần xử lý.' },
};

/** Where the dossier stands with the portal, in the officer's words. */
export function SyncStateTag({ state }: { state: DossierSyncState }) {
  const shown = SYNC_LABELS[state] ?? SYNC_LABELS.pending;
  return (
    <Tag color={shown.color} title={shown.hint} data-testid="dossier-sync-state" data-sync-state={state}>
      {shown.label}
    </Tag>
  );
}
