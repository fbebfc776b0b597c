/** The HoSo object of the portal protocol (portal-protocol.md): every value a string. */
export interface HoSo {
  MaHoSo: string;
  MaTTHC: string;
  TenTTHC: string;
  MaLinhVuc: string;
  TenLinhVuc: string;
  KenhThucHien: string;
  ChuHoSo: string;
  LoaiDoiTuong: string;
  SoGiayToChuHoSo: string;
  DinhDanhCHS: Array<{ LoaiDinhDanh: string; SoDinhDanh: string }>;
  DiaChiChuHoSo: string;
  SoDienThoai: string;
  Email: string;
  TrichYeuHoSo: string;
  NgayNopHoSo: string;
  NgayTiepNhan: string;
  NgayHenTra: string;
  NgayTuChoi: string;
  NgayKetThucXuLy: string;
  NgayTra: string;
  TrangThaiHoSo: string;
  HinhThuc: string;
  DonViXuLy: string;
  GhiChu: string;
  SoBienNhan: string;
  HoSoCoThanhPhanSoHoa: string;
  DuocThanhToanTrucTuyen: string;
  TaiLieuNop: Array<Record<string, string>>;
  DanhSachLePhi: Array<Record<string, string>>;
  DanhSachHoSoBoSung: Array<Record<string, string>>;
  DanhSachGiayToKetQua: Array<{ TenGiayTo: string; MaGiayToKetQua: string; DuongDanTepTinKetQua: string }>;
  IdNoiBo: string;
  PhienBan: string;
}

/** Per-item answer of DongBoHoSoMC. */
export interface PortalItemResult {
  MaHoSo: string;
  error_code: '0' | '2' | '3' | '4' | string;
  message?: string;
}

const APPLICANT_TYPES = { citizen: '1', business: '2', agency: '3', organisation: '4' } as const;
export function applicantTypeCode(type: string | undefined): string {
  return APPLICANT_TYPES[(type ?? 'citizen') as keyof typeof APPLICANT_TYPES] ?? '1';
}
