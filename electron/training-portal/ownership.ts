/**
 * Who owns what (portal-protocol.md): the desk owns the intake data and the counter's moves
 * (2, 3, 4, 5, 7, 10); the portal owns the back office's moves (6, 8, 9) and the fields
 * NgayKetThucXuLy and DanhSachGiayToKetQua. An update replaces the portal's copy with the sent
 * state except what the portal owns.
 */
import { PORTAL_STATUSES, type HoSo } from './hoso-schema';

export type MergeOutcome = { ok: true; hoso: HoSo } | { ok: false; message: string };

/** The portal's copy after a desk update `sent` (already known to be a newer PhienBan) lands on `held`. */
export function mergeDeskUpdate(held: HoSo, sent: HoSo): MergeOutcome {
  const heldStatus = held.TrangThaiHoSo;
  const sentStatus = sent.TrangThaiHoSo;
  if (sentStatus === '1' && heldStatus !== '1') {
    return { ok: false, message: `trạng thái 1 chỉ dành cho hồ sơ nộp trực tuyến chưa tiếp nhận (cổng đang giữ ${heldStatus})` };
  }
  if (PORTAL_STATUSES.has(sentStatus) && !PORTAL_STATUSES.has(heldStatus)) {
    return { ok: false, message: `trạng thái ${sentStatus} do bộ phận xử lý đặt trên cổng, quầy không gửi được (cổng đang giữ ${heldStatus})` };
  }
  // The desk had not yet learned of the back office's move: keep the portal's status.
  const deskIsBehind = PORTAL_STATUSES.has(heldStatus) && (sentStatus === '2' || sentStatus === '4' || PORTAL_STATUSES.has(sentStatus));
  return {
    ok: true,
    hoso: {
      ...sent,
      TrangThaiHoSo: deskIsBehind ? heldStatus : sentStatus,
      NgayKetThucXuLy: held.NgayKetThucXuLy ?? '',
      DanhSachGiayToKetQua: held.DanhSachGiayToKetQua ?? [],
      // IdNoiBo never changes once set; the first update of an online filing sets it.
      IdNoiBo: held.IdNoiBo || sent.IdNoiBo,
    },
  };
}
