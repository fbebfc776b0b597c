import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { HoSo } from '../../../shared/portal/hoso';
import { fromPortalDate } from '../../../shared/portal/portal-date';
import { STATUS_NAMES, isDossierStatus } from '../../../shared/dossier-status';
import type { DossierRow } from '../dossiers';
import { indexApplicantName } from '../dossiers';
import type { ProcedureCatalog } from '../dossiers';
import { compareDeskFields, DESK_FIELDS, FIELD_LABELS, snapshotJson, type DeskField, type DeskFieldValues } from './field-merge';
import { hosoFromDossier, paidOnlineOfHoSo } from '../portal';
import { DOSSIER_PARTS } from './dossier-parts';
import { prepared } from '../db/prepared';

/** Statuses the back office owns (portal-protocol.md, "Who owns what"). */
const PORTAL_STATUSES = [6, 8, 9];
const PORTAL_ACTOR = { username: 'cong-dvc', fullName: 'Cổng dịch vụ công' };

export type FeedEffect = 'inserted' | 'merged' | 'conflict' | 'unchanged';

const APPLICANT_TYPES: Record<string, string> = { '1': 'citizen', '2': 'business', '3': 'agency', '4': 'organisation' };

function applicantOf(h: HoSo) {
  const applicant: Record<string, string> = { fullName: h.ChuHoSo, type: APPLICANT_TYPES[h.LoaiDoiTuong] ?? 'citizen', address: h.DiaChiChuHoSo ?? '' };
  if (h.SoGiayToChuHoSo) applicant.idNumber = h.SoGiayToChuHoSo;
  if (h.SoDienThoai) applicant.phone = h.SoDienThoai;
  if (h.Email) applicant.email = h.Email;
  return applicant;
}

function history(db: Database.Database, id: string, status: number, action: string, at: string, revision: number, reason: string | null) {
  prepared(db, 
    `INSERT INTO dossier_status_history(dossier_id, status, action, at, user_id, username, full_name, reason, revision)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  ).run(id, status, action, at, PORTAL_ACTOR.username, PORTAL_ACTOR.fullName, reason, revision);
}

/**
 * Applies one item of the agency's change feed, by ownership: portal-owned fields (6/8/9,
 * NgayKetThucXuLy, DanhSachGiayToKetQua) are always merged, even from an echo of our own
 * revision; desk-owned fields replace ours only when we have no unacknowledged change; when we
 * do and the portal's copy moved on (a higher PhienBan from another counter), it is a conflict
 * kept for a supervisor with both values, never a silent overwrite.
 */
export function applyFeedItem(
  db: Database.Database,
  h: HoSo,
  catalog: ProcedureCatalog,
  now: Date,
  unconfirmed?: Map<string, { revision: number; snapshot: string }>,
): FeedEffect {
  const status = Number(h.TrangThaiHoSo);
  if (!isDossierStatus(status) || !h.MaHoSo) return 'unchanged';
  const at = now.toISOString();
  const phienBan = Number(h.PhienBan) || 0;
  let local = (h.IdNoiBo ? prepared(db, 'SELECT rowid, * FROM dossiers WHERE id = ?').get(h.IdNoiBo) : undefined) as DossierRow | undefined
    ?? (prepared(db, 'SELECT rowid, * FROM dossiers WHERE code = ?').get(h.MaHoSo) as DossierRow | undefined);

  if (!local) {
    insertFromFeed(db, h, status, phienBan, catalog, at);
    return 'inserted';
  }
  if (h.IdNoiBo && local.id !== h.IdNoiBo) {
    // The same code names another dossier on the portal: never merge the two.
    prepared(db, `UPDATE dossiers SET sync_state = 'code-conflict', sync_message = ?, sync_issue_at = coalesce(sync_issue_at, ?) WHERE id = ?`).run(
      `Mã hồ sơ ${local.code} đã được dùng cho một hồ sơ khác trên cổng (IdNoiBo ${h.IdNoiBo}).`,
      at,
      local.id,
    );
    return 'conflict';
  }

  let effect: FeedEffect = 'unchanged';
  // Paid online is the portal's fact, kept once it says so (our own echo always says '3' before it).
  if (paidOnlineOfHoSo(h) && local.paid_online !== 1) {
    prepared(db, 'UPDATE dossiers SET paid_online = 1 WHERE id = ?').run(local.id);
    local = { ...local, paid_online: 1 };
    effect = 'merged';
  }
  const results = JSON.stringify(h.DanhSachGiayToKetQua ?? []);
  const finished = fromPortalDate(h.NgayKetThucXuLy);
  const portalOwnedChanged =
    (PORTAL_STATUSES.includes(status) && local.status !== status && [2, 4, 5, 6, 8, 9].includes(local.status)) ||
    (finished !== null && finished !== local.finished_at) ||
    (h.DanhSachGiayToKetQua?.length ? results !== (local.results_json ?? '[]') : false);
  if (portalOwnedChanged) {
    const nextStatus = PORTAL_STATUSES.includes(status) && [2, 4, 5, 6, 8, 9].includes(local.status) ? status : local.status;
    prepared(db, 'UPDATE dossiers SET status = ?, finished_at = coalesce(?, finished_at), results_json = ?, updated_at = ? WHERE id = ?').run(
      nextStatus, finished, h.DanhSachGiayToKetQua?.length ? results : local.results_json ?? null, at, local.id,
    );
    if (nextStatus !== local.status) history(db, local.id, nextStatus, 'portal', at, local.revision, `Cổng: ${STATUS_NAMES[nextStatus as 1]}`);
    effect = 'merged';
    // The desk-owned merge below starts from the row as it is now, the back office's status included
    // (from the row read before, it would write the old status back over it).
    local = prepared(db, 'SELECT rowid, * FROM dossiers WHERE id = ?').get(local.id) as DossierRow;
  }

  const localPending = local.revision > local.synced_revision;
  const portalMovedOn = phienBan > local.synced_revision;
  if (!portalMovedOn) return effect; // an echo of what we sent (or older)
  const lost = unconfirmed?.get(local.id);
  if (lost && lost.revision === phienBan && snapshotJson(h) === lost.snapshot) {
    // Exactly what we sent at this revision, whose answer was lost: acknowledged. Our later changes
    // stay pending against it (seen as "changed elsewhere", they would be a false conflict).
    prepared(db,
      `UPDATE dossiers SET synced_revision = ?, synced_snapshot_json = ?,
         sync_state = CASE WHEN revision <= ? THEN 'synced' ELSE sync_state END WHERE id = ?`,
    ).run(phienBan, lost.snapshot, phienBan, local.id);
    prepared(db, 'DELETE FROM outbox WHERE dossier_id = ? AND revision <= ?').run(local.id, phienBan);
    unconfirmed!.delete(local.id);
    return effect;
  }
  if (!localPending) {
    // Another counter's newer state of desk-owned fields, and nothing of ours unsent: take it all.
    takeDeskFields(db, local, h, DESK_FIELDS, at);
    prepared(db, `UPDATE dossiers SET revision = ?, synced_revision = ?, sync_state = 'synced', synced_snapshot_json = ? WHERE id = ?`).run(
      phienBan, phienBan, snapshotJson(h), local.id,
    );
    return 'merged';
  }
  // No acknowledged base yet, but the portal holds our own id: it is what we sent (an answer lost
  // on the way back), so it serves as the base.
  const base = local.synced_snapshot_json ? (JSON.parse(local.synced_snapshot_json) as DeskFieldValues) : h.IdNoiBo === local.id ? h : null;
  const mine = hosoFromDossier(db, local, DOSSIER_PARTS);
  const { clashes, theirsChanged } = base ? compareDeskFields(base, mine, h) : { clashes: [...DESK_FIELDS], theirsChanged: [] };
  if (clashes.length) {
    prepared(db, `UPDATE dossiers SET sync_state = 'conflict', sync_conflict_json = ?, sync_message = ?, sync_issue_at = ? WHERE id = ?`).run(
      JSON.stringify(h),
      `Hồ sơ đã được thay đổi ở nơi khác trong khi quầy này có thay đổi chưa gửi: ${clashes.map((f) => FIELD_LABELS[f]).join(', ')}.`,
      at,
      local.id,
    );
    return 'conflict';
  }
  if (theirsChanged.length === 0 && phienBan <= local.revision) {
    // Only our own state echoed back (its answer was lost): it counts as acknowledged.
    prepared(db, 
      `UPDATE dossiers SET synced_revision = ?, synced_snapshot_json = ?,
         sync_state = CASE WHEN revision <= ? THEN 'synced' ELSE sync_state END WHERE id = ?`,
    ).run(phienBan, snapshotJson(h), phienBan, local.id);
    prepared(db, 'DELETE FROM outbox WHERE dossier_id = ? AND revision <= ?').run(local.id, phienBan);
    return effect;
  }
  // No clash: take their fields, keep ours pending, and make our next revision outrank theirs.
  takeDeskFields(db, local, h, theirsChanged, at);
  prepared(db, `UPDATE dossiers SET synced_revision = ?, revision = max(revision, ?), synced_snapshot_json = ? WHERE id = ?`).run(
    phienBan, phienBan + 1, snapshotJson(h), local.id,
  );
  return 'merged';
}

/** Copies the named desk-owned fields of the portal's copy into the local dossier. */
function takeDeskFields(db: Database.Database, local: DossierRow, h: HoSo, fields: readonly DeskField[], at: string): void {
  if (fields.length === 0) return;
  const applicant = JSON.parse(local.applicant_json) as Record<string, string | undefined>;
  const has = (f: DeskField) => fields.includes(f);
  if (has('ChuHoSo')) applicant.fullName = h.ChuHoSo;
  if (has('SoGiayToChuHoSo')) applicant.idNumber = h.SoGiayToChuHoSo || undefined;
  if (has('DiaChiChuHoSo')) applicant.address = h.DiaChiChuHoSo;
  if (has('SoDienThoai')) applicant.phone = h.SoDienThoai || undefined;
  if (has('Email')) applicant.email = h.Email || undefined;
  const status = Number(h.TrangThaiHoSo);
  const takeStatus = has('TrangThaiHoSo') && isDossierStatus(status) && !PORTAL_STATUSES.includes(status);
  prepared(db, 
    `UPDATE dossiers SET applicant_json = ?, applicant_name = ?, applicant_id_number = ?, applicant_phone = ?, status = ?,
       due_at = ?, returned_at = ?, refused_at = ?, note = ?, return_method = ?, updated_at = ? WHERE id = ?`,
  ).run(
    JSON.stringify(applicant), applicant.fullName ?? local.applicant_name, applicant.idNumber ?? null, applicant.phone ?? null,
    takeStatus ? status : local.status,
    has('NgayHenTra') ? fromPortalDate(h.NgayHenTra) : local.due_at,
    has('NgayTra') ? fromPortalDate(h.NgayTra) : local.returned_at,
    has('NgayTuChoi') ? fromPortalDate(h.NgayTuChoi) : local.refused_at,
    has('GhiChu') ? h.GhiChu || null : local.note,
    has('HinhThuc') ? (h.HinhThuc === '1' ? 'post' : 'counter') : local.return_method,
    at, local.id,
  );
  if (has('ChuHoSo')) indexApplicantName(db, local.rowid, h.ChuHoSo);
  if (takeStatus && status !== local.status) history(db, local.id, status, 'portal', at, Number(h.PhienBan) || 0, 'Cập nhật từ quầy khác');
}

/** DanhSachLePhi's lines with an amount (whole đồng); a line without a code or amount is left out. */
function feeLinesOf(h: HoSo): Array<{ code: string; name: string; amount: number }> {
  return (h.DanhSachLePhi ?? []).flatMap((l) => {
    const amount = Number(l.Gia);
    if (!l.MaPhiLePhi || !Number.isSafeInteger(amount) || amount <= 0) return [];
    return [{ code: l.MaPhiLePhi, name: l.TenPhiLePhi || l.MaPhiLePhi, amount }];
  });
}

function insertFromFeed(db: Database.Database, h: HoSo, status: number, phienBan: number, catalog: ProcedureCatalog, at: string): void {
  const id = h.IdNoiBo || randomUUID();
  const procedure = catalog.get(h.MaTTHC);
  const applicant = applicantOf(h);
  const received = fromPortalDate(h.NgayTiepNhan) ?? fromPortalDate(h.NgayNopHoSo) ?? at;
  const info = prepared(db, 
      `INSERT INTO dossiers(id, code, agency_id, channel, origin, procedure_code, procedure_name, field_code, field_name, status,
        applicant_json, applicant_name, applicant_id_number, applicant_phone, processing_time_json, supplement_rule, submitted_at,
        received_at, due_at, finished_at, returned_at, refused_at, results_json, received_by, counter, revision, synced_revision,
        sync_state, note, return_method, created_at, updated_at, synced_snapshot_json, paid_online)
       VALUES (?, ?, ?, ?, 'feed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, 'synced', ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id, h.MaHoSo, h.MaHoSo.split('-')[0] ?? '', Number(h.KenhThucHien) || 2, h.MaTTHC, h.TenTTHC || procedure?.name || h.MaTTHC,
      h.MaLinhVuc || procedure?.fieldCode || '', h.TenLinhVuc || procedure?.field || '', status, JSON.stringify(applicant),
      applicant.fullName, applicant.idNumber ?? null, applicant.phone ?? null,
      JSON.stringify(procedure?.processingTime ?? { unit: 'working-days', amount: 1 }), procedure?.supplementRule ?? 'pause',
      fromPortalDate(h.NgayNopHoSo), received, fromPortalDate(h.NgayHenTra), fromPortalDate(h.NgayKetThucXuLy),
      fromPortalDate(h.NgayTra), fromPortalDate(h.NgayTuChoi), JSON.stringify(h.DanhSachGiayToKetQua ?? []), phienBan, phienBan,
      h.GhiChu || null, h.HinhThuc === '1' ? 'post' : 'counter', at, at, snapshotJson(h), paidOnlineOfHoSo(h) ? 1 : 0,
    );
  indexApplicantName(db, Number(info.lastInsertRowid), applicant.fullName!);
  // An online filing carries the procedure's components to check at acceptance.
  if (procedure) {
    const insert = prepared(db, 'INSERT INTO dossier_components(dossier_id, position, code, name, required, originals, copies) VALUES (?, ?, ?, ?, ?, ?, ?)');
    procedure.components.forEach((c, i) => insert.run(id, i, c.code, c.name, c.required ? 1 : 0, c.originals, c.copies));
  }
  // And the fee the portal computed for what the citizen asked; collected at the counter as the catalogue says.
  const fees = feeLinesOf(h);
  if (fees.length) {
    const insertFee = prepared(db, 'INSERT INTO dossier_fee_lines(dossier_id, line_no, code, name, amount) VALUES (?, ?, ?, ?, ?)');
    fees.forEach((f, i) => insertFee.run(id, i + 1, f.code, f.name, f.amount));
    prepared(db, 'UPDATE dossiers SET fee_collection = ? WHERE id = ?').run(procedure && procedure.feeCollection !== 'none' ? procedure.feeCollection : 'before', id);
  }
  history(db, id, status, 'portal', at, phienBan, status === 1 ? 'Hồ sơ nộp trực tuyến' : 'Hồ sơ từ quầy khác');
}
