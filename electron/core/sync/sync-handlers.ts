import type { SyncIssue } from '../../../shared/api';
import type { HoSo } from '../../../shared/portal/hoso';
import { DeskError } from '../api/desk-error';
import type { Handlers } from '../api/handler-context';
import { readDossierRow, type DossierRow } from '../dossiers';
import { recordDossierChange } from '../dossiers';
import { applyFeedItem } from './feed-apply';
import { syncStatusOf } from './sync-worker';
import { prepared } from '../db/prepared';
import { testPortalConnection } from './connection-test';

const RUN_LIMIT_MS = 30_000;

/** The fields a supervisor compares in a conflict. */
function conflictFields(row: DossierRow, portal: HoSo) {
  const applicant = JSON.parse(row.applicant_json) as { fullName: string; phone?: string; address?: string };
  return {
    local: { 'Chủ hồ sơ': applicant.fullName, 'Số điện thoại': applicant.phone ?? '', 'Địa chỉ': applicant.address ?? '', 'Trạng thái': String(row.status), 'Ghi chú': row.note ?? '' },
    portal: { 'Chủ hồ sơ': portal.ChuHoSo, 'Số điện thoại': portal.SoDienThoai, 'Địa chỉ': portal.DiaChiChuHoSo, 'Trạng thái': portal.TrangThaiHoSo, 'Ghi chú': portal.GhiChu },
  };
}

export const syncHandlers = {
  'sync.status': (_input, ctx) => syncStatusOf(ctx.db, ctx.services.sync),

  'sync.run': async (_input, ctx) => {
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), RUN_LIMIT_MS).unref());
    const outcome = await Promise.race([ctx.services.sync.run(), timeout]);
    if (!outcome) return { ok: false, message: 'Đồng bộ chưa xong sau 30 giây; vẫn tiếp tục chạy nền.', sent: 0, synced: 0, rejected: 0, pulled: 0, conflicts: 0 };
    return {
      ok: outcome.ok,
      message: outcome.message,
      sent: outcome.push?.sent ?? 0,
      synced: outcome.push?.synced ?? 0,
      rejected: outcome.push?.rejected ?? 0,
      pulled: outcome.pulled,
      conflicts: outcome.conflicts,
    };
  },

  'sync.issues': (_input, ctx) => {
    const rows = prepared(ctx.db, `SELECT rowid, * FROM dossiers WHERE sync_state IN ('rejected', 'conflict', 'code-conflict') ORDER BY sync_issue_at`)
      .all() as DossierRow[];
    return rows.map((row): SyncIssue => {
      const issue: SyncIssue = {
        dossierId: row.id,
        code: row.code,
        kind: row.sync_state as SyncIssue['kind'],
        message: row.sync_message ?? '',
        at: row.sync_issue_at ?? row.updated_at,
      };
      if (row.sync_state === 'conflict' && row.sync_conflict_json) Object.assign(issue, conflictFields(row, JSON.parse(row.sync_conflict_json) as HoSo));
      return issue;
    });
  },

  'sync.resolve': ({ dossierId, choice }, ctx) => {
    const row = readDossierRow(ctx.db, dossierId);
    if (!row) throw new DeskError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
    if (row.sync_state !== 'conflict' || !row.sync_conflict_json) throw new DeskError('CONFLICT', 'Hồ sơ này không có xung đột cần xử lý.');
    const portal = JSON.parse(row.sync_conflict_json) as HoSo;
    const portalRevision = Number(portal.PhienBan) || 0;
    if (choice === 'local') {
      // Ours wins: a change the portal must learn, at a revision above the portal's.
      prepared(ctx.db, `UPDATE dossiers SET synced_revision = ?, sync_state = 'pending', sync_conflict_json = NULL, sync_message = NULL WHERE id = ?`)
        .run(portalRevision, dossierId);
      recordDossierChange(ctx, dossierId, 'resolve-local', { above: portalRevision });
    } else {
      // The portal's copy wins: forget our unsent change and take theirs.
      const base = Math.min(row.synced_revision, portalRevision - 1);
      prepared(ctx.db, `UPDATE dossiers SET revision = ?, synced_revision = ?, sync_state = 'synced', sync_conflict_json = NULL, sync_message = NULL WHERE id = ?`).run(base, base, dossierId);
      prepared(ctx.db, 'DELETE FROM outbox WHERE dossier_id = ?').run(dossierId);
      applyFeedItem(ctx.db, portal, ctx.services.catalog, ctx.clock.now());
    }
    ctx.audit({ entity: 'dossier', entityId: dossierId, before: conflictFields(row, portal), after: { choice } });
    return { done: true as const };
  },

  'sync.testConnection': (input, ctx) => testPortalConnection(input, ctx),
} satisfies Pick<Handlers, 'sync.status' | 'sync.run' | 'sync.issues' | 'sync.resolve' | 'sync.testConnection'>;
