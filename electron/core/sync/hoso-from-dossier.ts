import type Database from 'better-sqlite3';
import { applicantTypeCode, type HoSo } from '../../../shared/portal/hoso';
import { toPortalDate } from '../../../shared/portal/portal-date';
import type { Applicant } from '../../../shared/api';
import type { DossierRow } from '../dossiers/dossier-row';
import { taiLieuNop } from '../attachments/attachment-sync';
import { portalReceiptFields } from '../cash/fee-receipt-sync';
import { prepared } from '../db/prepared';

/** The dossier's current state as the portal's HoSo: every value a string, dates in Vietnam time or "". */
export function hosoFromDossier(db: Database.Database, row: DossierRow): HoSo {
  const applicant = JSON.parse(row.applicant_json) as Applicant;
  const components = prepared(db, 'SELECT code, name, originals, copies FROM dossier_components WHERE dossier_id = ? ORDER BY position')
    .all(row.id) as Array<{ code: string; name: string; originals: number; copies: number }>;
  const fees = prepared(db, 'SELECT code, name, amount FROM dossier_fee_lines WHERE dossier_id = ? ORDER BY line_no')
    .all(row.id) as Array<{ code: string; name: string; amount: number }>;
  const supplement = row.supplement_json ? (JSON.parse(row.supplement_json) as { reason: string; items: string[]; requestedAt: string; receivedAt?: string }) : null;
  const results = row.results_json ? (JSON.parse(row.results_json) as HoSo['DanhSachGiayToKetQua']) : [];
  const files = taiLieuNop(db, row.id);
  const receipt = portalReceiptFields(db, row.id);
  const idNumber = applicant.idNumber ?? '';
  const idKind = /^\d{12}$/.test(idNumber) ? '1' : /^\d{9}$/.test(idNumber) ? '2' : null;
  const summary = `${row.procedure_name} - ${components.map((c) => c.name).join('; ')}`;
  return {
    MaHoSo: row.code,
    MaTTHC: row.procedure_code,
    TenTTHC: row.procedure_name,
    MaLinhVuc: row.field_code,
    TenLinhVuc: row.field_name,
    KenhThucHien: String(row.channel),
    ChuHoSo: applicant.fullName,
    LoaiDoiTuong: applicantTypeCode(applicant.type),
    SoGiayToChuHoSo: idNumber,
    DinhDanhCHS: idKind ? [{ LoaiDinhDanh: idKind, SoDinhDanh: idNumber }] : [],
    DiaChiChuHoSo: applicant.address ?? '',
    SoDienThoai: applicant.phone ?? '',
    Email: applicant.email ?? '',
    TrichYeuHoSo: summary.slice(0, 1000),
    NgayNopHoSo: toPortalDate(row.submitted_at ?? row.received_at),
    NgayTiepNhan: row.status === 1 ? '' : toPortalDate(row.received_at),
    NgayHenTra: toPortalDate(row.due_at),
    NgayTuChoi: toPortalDate(row.refused_at),
    NgayKetThucXuLy: toPortalDate(row.finished_at),
    NgayTra: toPortalDate(row.returned_at),
    TrangThaiHoSo: String(row.status),
    HinhThuc: row.return_method === 'post' ? '1' : '0',
    DonViXuLy: '',
    GhiChu: row.note ?? '',
    SoBienNhan: row.book_number ? `${row.book_number}/${row.row_number}` : '',
    HoSoCoThanhPhanSoHoa: files.digitised ? '1' : '0',
    DuocThanhToanTrucTuyen: '3',
    TaiLieuNop: files.items,
    DanhSachLePhi: fees.map((f) => ({ MaPhiLePhi: f.code, TenPhiLePhi: f.name, LoaiPhiLePhi: '1', HinhThucThu: '1', Gia: String(f.amount), ...(receipt ?? {}) })),
    DanhSachHoSoBoSung: supplement
      ? [{
          HoSoBoSungId: `${row.id}-1`,
          NoiDungBoSung: `${supplement.reason}: ${supplement.items.join('; ')}`,
          NgayBoSung: toPortalDate(supplement.requestedAt),
          NgayTiepNhanBoSung: toPortalDate(supplement.receivedAt),
          TrangThaiBoSung: supplement.receivedAt ? '1' : '0',
          NgayHenTraTruoc: '',
          NgayHenTraMoi: supplement.receivedAt ? toPortalDate(row.due_at) : '',
        }]
      : [],
    DanhSachGiayToKetQua: results,
    IdNoiBo: row.id,
    PhienBan: String(row.revision),
  };
}
