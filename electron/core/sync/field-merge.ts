import type { HoSo } from '../../../shared/portal/hoso';

/** The desk-owned HoSo fields a counter can change (portal-protocol.md, "Who owns what"). */
export const DESK_FIELDS = [
  'ChuHoSo', 'SoGiayToChuHoSo', 'DiaChiChuHoSo', 'SoDienThoai', 'Email', 'GhiChu', 'HinhThuc',
  'NgayHenTra', 'NgayTra', 'NgayTuChoi', 'TrangThaiHoSo',
] as const;
export type DeskField = (typeof DESK_FIELDS)[number];

const PORTAL_STATUSES = ['6', '8', '9'];

/** The desk-owned fields of a HoSo: all the three-way merge reads of its base. */
export type DeskFieldValues = Pick<HoSo, DeskField>;

/**
 * The snapshot kept of what the portal acknowledged (synced_snapshot_json): only the desk-owned
 * fields, the merge's base. A small object: cheap to serialise and to write with every ack.
 */
export function deskFieldsOf(h: HoSo): DeskFieldValues {
  const values = {} as DeskFieldValues;
  for (const field of DESK_FIELDS) values[field] = h[field];
  return values;
}

/** The merge base stored in synced_snapshot_json (older rows hold a whole HoSo: a superset). */
export function snapshotJson(h: HoSo): string {
  return JSON.stringify(deskFieldsOf(h));
}

export const FIELD_LABELS: Record<DeskField, string> = {
  ChuHoSo: 'Chủ hồ sơ',
  SoGiayToChuHoSo: 'Số giấy tờ',
  DiaChiChuHoSo: 'Địa chỉ',
  SoDienThoai: 'Số điện thoại',
  Email: 'Thư điện tử',
  GhiChu: 'Ghi chú',
  HinhThuc: 'Hình thức trả kết quả',
  NgayHenTra: 'Ngày hẹn trả',
  NgayTra: 'Ngày trả kết quả',
  NgayTuChoi: 'Ngày từ chối',
  TrangThaiHoSo: 'Trạng thái',
};

/**
 * Three-way comparison against the state the portal last acknowledged from us (base): a field
 * only the portal changed is theirs to take; a field only we changed stays ours; a field both
 * changed to different values is a clash for a supervisor.
 */
export function compareDeskFields(base: DeskFieldValues, mine: HoSo, theirs: HoSo): { clashes: DeskField[]; theirsChanged: DeskField[] } {
  const clashes: DeskField[] = [];
  const theirsChanged: DeskField[] = [];
  for (const field of DESK_FIELDS) {
    if (field === 'TrangThaiHoSo' && PORTAL_STATUSES.includes(theirs[field])) continue; // the back office's move, merged apart
    const m = String(mine[field] ?? '');
    // A back-office status we hold came from the portal, so it is shared ground, not our change.
    const b = field === 'TrangThaiHoSo' && PORTAL_STATUSES.includes(m) ? m : String(base[field] ?? '');
    const t = String(theirs[field] ?? '');
    if (t === b || t === m) continue;
    if (m === b) theirsChanged.push(field);
    else clashes.push(field);
  }
  return { clashes, theirsChanged };
}
