/**
 * One online filing as a citizen makes it on the portal, built from the procedure catalogue the
 * desk loads (resources/catalog): the procedure's code, name and field, and the fee the catalogue
 * gives for what the citizen asked (number of copies), so an accepted filing carries its fee.
 */
import type { Procedure } from '../../shared/catalog';
import { computeFee, type FeeQuantities } from '../../shared/fees';
import type { HoSo } from './hoso-schema';

const NAMES = ['Lò Thị Mai', 'Tòng Văn Hùng', 'Giàng A Páo', 'Nguyễn Thị Lan', 'Vàng Thị Dung', 'Lường Văn Tâm', 'Phạm Minh Quân', 'Sùng Thị Sa'];

/** Citizens file these online: not counter-only, and with every fee's amount known. */
export function onlineProcedures(procedures: readonly Procedure[], at = new Date()): Procedure[] {
  return procedures.filter((p) => p.level !== 'truc-tiep' && computeFee(p, quantitiesFor(p, () => 0), at).lines.every((l) => !l.unconfigured));
}

/** What the citizen asked for: 1-3 copies where the fee counts copies, 1-5 pages where it counts pages. */
function quantitiesFor(procedure: Procedure, random: () => number): FeeQuantities {
  const kinds = new Set(procedure.fees.map((f) => f.kind));
  const q: FeeQuantities = { cases: 1 };
  if (kinds.has('per-copy') || kinds.has('per-page')) q.copies = 1 + Math.floor(random() * 3);
  if (kinds.has('per-page')) q.pages = 1 + Math.floor(random() * 5);
  return q;
}

export interface FilingInput {
  code: string;
  /** NgayNopHoSo, yyyyMMddHHmmss. */
  filed: string;
  now: Date;
  random: () => number;
}

/** The HoSo (status 1, KenhThucHien "2") of a filing of one of `procedures`. */
export function onlineFilingOf(procedures: readonly Procedure[], { code, filed, now, random }: FilingInput): HoSo {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] ?? list[0]!;
  const procedure = pick(procedures);
  const quantities = quantitiesFor(procedure, random);
  const fee = computeFee(procedure, quantities, now);
  const idNumber = String(Math.floor(random() * 1e12)).padStart(12, '0');
  const asked = quantities.copies ? `, ${quantities.copies} bản` : '';
  return {
    MaHoSo: code,
    MaTTHC: procedure.code,
    TenTTHC: procedure.name,
    MaLinhVuc: procedure.field.code,
    TenLinhVuc: procedure.field.name,
    KenhThucHien: '2',
    ChuHoSo: pick(NAMES),
    LoaiDoiTuong: '1',
    SoGiayToChuHoSo: idNumber,
    DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: idNumber }],
    DiaChiChuHoSo: 'Lai Châu',
    SoDienThoai: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
    Email: '',
    TrichYeuHoSo: `${procedure.name} (nộp trực tuyến${asked})`,
    NgayNopHoSo: filed,
    NgayTiepNhan: '',
    NgayHenTra: '',
    NgayTuChoi: '',
    NgayKetThucXuLy: '',
    NgayTra: '',
    TrangThaiHoSo: '1',
    HinhThuc: '0',
    DonViXuLy: '',
    GhiChu: '',
    SoBienNhan: '',
    HoSoCoThanhPhanSoHoa: '1',
    // About half the fee-bearing filings come paid online (level 4), the citizen's ID number says which:
    // the same filing is paid or not whatever the order the random draws came in.
    DuocThanhToanTrucTuyen: fee.lines.some((l) => l.amount > 0) && Number(idNumber.at(-1)) % 2 === 1 ? '1' : '3',
    TaiLieuNop: [],
    DanhSachLePhi: fee.lines
      .filter((l) => l.amount > 0)
      .map((l) => ({ MaPhiLePhi: l.code, TenPhiLePhi: l.name, LoaiPhiLePhi: '1', HinhThucThu: '1', Gia: String(l.amount) })),
    DanhSachHoSoBoSung: [],
    DanhSachGiayToKetQua: [],
    IdNoiBo: '',
    PhienBan: '0',
  };
}
