/**
 * What the training portal accepts as a HoSo and a TienDo (portal-protocol.md): every value a
 * string, dates `yyyyMMddHHmmss` or "", codes from the national standard, and a `MaHoSo` of the
 * shape `{agency}-{yyMMdd}-{NNNN}` whose agency is the envelope's `madonvi`.
 */
import { z } from 'zod';
import { isPortalDate } from './portal-dates';

export const STATUS_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;
/** Statuses only the portal (the back office) sets. */
export const PORTAL_STATUSES: ReadonlySet<string> = new Set(['6', '8', '9']);
/** Statuses that say the dossier has been received, so `NgayTiepNhan` must be set. */
const RECEIVED_STATUSES = new Set(['2', '4', '5', '6', '8', '9', '10']);

export const AGENCY_ID = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;
const MA_HO_SO = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

/** The parts of a dossier code, or null when it does not have the shape or its date is not real. */
export function parseMaHoSo(code: string): { agency: string; day: string; seq: number } | null {
  const m = MA_HO_SO.exec(code);
  if (!m) return null;
  const [agency, yy, mm, dd, seq] = [m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
  if (!isPortalDate(`20${yy}${mm}${dd}000000`) || Number(seq) < 1) return null;
  return { agency, day: `${yy}${mm}${dd}`, seq: Number(seq) };
}

const text = z.string();
const optionalText = text.optional();
const date = text.refine((v) => v === '' || isPortalDate(v), { message: 'ngày giờ phải có dạng yyyyMMddHHmmss (giờ Việt Nam) hoặc rỗng' });
const optionalDate = date.optional();
const digits = text.regex(/^\d+$/, { message: 'phải là số nguyên (chuỗi chữ số)' });
/** A nested object: the named fields checked, any other field a string. */
const record = <T extends z.ZodRawShape>(shape: T) => z.object(shape).catchall(text);

const dinhDanh = record({ LoaiDinhDanh: z.enum(['1', '2']), SoDinhDanh: text }).refine(
  (d) => (d.LoaiDinhDanh === '1' ? /^\d{12}$/ : /^\d{9}$/).test(d.SoDinhDanh),
  { message: 'SoDinhDanh: 12 chữ số (loại 1) hoặc 9 chữ số (loại 2)' },
);
const taiLieu = record({
  TepDinhKemId: optionalText,
  TenTepDinhKem: optionalText,
  MaThanhPhanHoSo: optionalText,
  DuongDanTaiTepTin: optionalText,
  IsDeleted: z.enum(['0', '1']).optional(),
  DuocSoHoa: z.enum(['0', '1']).optional(),
});
const lePhi = record({
  MaPhiLePhi: optionalText,
  TenPhiLePhi: optionalText,
  LoaiPhiLePhi: optionalText,
  HinhThucThu: optionalText,
  Gia: digits,
  // The counter's cash receipt (provincial extension): kept and answered in the feed and TraCuuHoSo.
  MauSoBienLai: optionalText,
  KyHieuBienLai: optionalText,
  SoBienLai: digits.optional(),
  NgayThu: optionalDate,
});
const boSung = record({
  HoSoBoSungId: optionalText,
  NoiDungBoSung: optionalText,
  NgayBoSung: optionalDate,
  NgayTiepNhanBoSung: optionalDate,
  TrangThaiBoSung: optionalText,
  NgayHenTraTruoc: optionalDate,
  NgayHenTraMoi: optionalDate,
});
const ketQua = record({ TenGiayTo: text, MaGiayToKetQua: optionalText, DuongDanTepTinKetQua: optionalText });

const hoSoObject = z.object({
    MaHoSo: text.refine((v) => parseMaHoSo(v) !== null, { message: 'MaHoSo phải có dạng {mã cơ quan}-{yyMMdd}-{NNNN}' }),
    IdNoiBo: text.min(1, { message: 'IdNoiBo bắt buộc' }).max(100),
    PhienBan: text.regex(/^[1-9]\d{0,14}$/, { message: 'PhienBan phải là số nguyên dương' }),
    MaTTHC: text.min(1, { message: 'MaTTHC bắt buộc' }),
    TenTTHC: optionalText,
    MaLinhVuc: optionalText,
    TenLinhVuc: optionalText,
    KenhThucHien: z.enum(['1', '2', '3']),
    ChuHoSo: text.trim().min(1, { message: 'ChuHoSo bắt buộc' }),
    LoaiDoiTuong: z.enum(['1', '2', '3', '4']),
    SoGiayToChuHoSo: optionalText,
    DinhDanhCHS: z.array(dinhDanh).optional(),
    DiaChiChuHoSo: optionalText,
    SoDienThoai: optionalText,
    Email: optionalText,
    TrichYeuHoSo: text.max(1000, { message: 'TrichYeuHoSo tối đa 1000 ký tự' }).optional(),
    NgayNopHoSo: optionalDate,
    NgayTiepNhan: optionalDate,
    NgayHenTra: optionalDate,
    NgayTuChoi: optionalDate,
    NgayKetThucXuLy: optionalDate,
    NgayTra: optionalDate,
    TrangThaiHoSo: z.enum(STATUS_CODES),
    HinhThuc: z.enum(['0', '1']).optional(),
    DonViXuLy: optionalText,
    GhiChu: optionalText,
    SoBienNhan: optionalText,
    HoSoCoThanhPhanSoHoa: z.enum(['0', '1']).optional(),
    DuocThanhToanTrucTuyen: z.enum(['1', '2', '3']).optional(),
    TaiLieuNop: z.array(taiLieu).optional(),
    DanhSachLePhi: z.array(lePhi).optional(),
    DanhSachHoSoBoSung: z.array(boSung).optional(),
    DanhSachGiayToKetQua: z.array(ketQua).optional(),
  });

export const hoSoSchema = hoSoObject
  .catchall(text)
  .superRefine((h, ctx) => {
    if (RECEIVED_STATUSES.has(h.TrangThaiHoSo) && !h.NgayTiepNhan) {
      ctx.addIssue({ code: 'custom', path: ['NgayTiepNhan'], message: `trạng thái ${h.TrangThaiHoSo} cần NgayTiepNhan` });
    }
    if (h.TrangThaiHoSo === '10' && !h.NgayTra) {
      ctx.addIssue({ code: 'custom', path: ['NgayTra'], message: 'trạng thái 10 cần NgayTra' });
    }
  });

/** A HoSo as the portal holds it: the checked fields, plus any other field the desk sent. */
export type HoSo = z.infer<typeof hoSoObject> & Record<string, unknown>;

export const tienDoSchema = z
  .object({
    MaHoSo: text.refine((v) => parseMaHoSo(v) !== null, { message: 'MaHoSo phải có dạng {mã cơ quan}-{yyMMdd}-{NNNN}' }),
    NguoiXuLy: text.min(1, { message: 'NguoiXuLy bắt buộc' }),
    ChucDanh: optionalText,
    ThoiDiemXuLy: text.refine(isPortalDate, { message: 'ThoiDiemXuLy phải có dạng yyyyMMddHHmmss' }),
    PhongBanXuLy: optionalText,
    NoiDungXuLy: optionalText,
    TrangThai: z.enum(STATUS_CODES),
    NgayBatDau: optionalDate,
    NgayKetThucTheoQuyDinh: optionalDate,
  })
  .catchall(text);

export type TienDo = z.infer<typeof tienDoSchema>;

/** The first problem of a failed parse, as one line for the per-item `message`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'không hợp lệ';
  const where = issue.path.length ? issue.path.join('.') : 'HoSo';
  return `${where}: ${issue.message}`;
}

/** The `MaHoSo` of a raw item, if it has a string one (for the per-item answer of a bad item). */
export function maHoSoOf(item: unknown): string {
  if (item && typeof item === 'object' && typeof (item as { MaHoSo?: unknown }).MaHoSo === 'string') {
    return (item as { MaHoSo: string }).MaHoSo;
  }
  return '';
}
