import type Database from 'better-sqlite3';
import type { Clock } from '../clock';
import type { PortalClient } from '../sync/portal-client';
import type { ContentStore } from './content-store';
import { prepared } from '../db/prepared';

/**
 * The sync side of attachments: uploads each stored file once (`PUT /files/{sha256}`, idempotent
 * by hash) before the dossier that lists it is sent, and deletes files whose removal the portal
 * has acknowledged. One failing upload never stops the others.
 */
export class AttachmentSync {
  constructor(
    private readonly db: Database.Database,
    private readonly files: ContentStore,
    private readonly clock: Clock,
    private readonly log: (message: string) => void,
  ) {}

  /** Uploads every live file the portal does not hold yet; answers how many were uploaded. */
  async uploadPending(client: PortalClient): Promise<number> {
    const pending = prepared(this.db, 'SELECT sha256, min(file_name) AS file_name FROM attachments WHERE uploaded_at IS NULL AND removed_at IS NULL GROUP BY sha256 ORDER BY min(created_at)')
      .all() as Array<{ sha256: string; file_name: string }>;
    let uploaded = 0;
    for (const { sha256, file_name } of pending) {
      let bytes: Buffer;
      try {
        bytes = this.files.read(sha256);
      } catch {
        this.log(`attachments: tệp ${sha256} không còn trong thư mục dữ liệu`);
        continue;
      }
      try {
        const answer = await client.putFile(sha256, bytes, 'application/pdf', file_name);
        prepared(this.db, 'UPDATE attachments SET uploaded_at = ?, portal_file_id = ?, portal_url = ? WHERE sha256 = ? AND uploaded_at IS NULL')
          .run(this.clock.now().toISOString(), answer.id, answer.url, sha256);
        uploaded++;
      } catch (error) {
        this.log(`attachments: chưa tải lên được ${sha256}: ${(error as Error).message}`);
      }
    }
    return uploaded;
  }

  /** Deletes the files of versions whose removal the portal has acknowledged, when nothing else uses the same bytes. */
  purgeAcknowledged(): number {
    const now = this.clock.now().toISOString();
    const done = prepared(this.db, 
        `SELECT a.id, a.sha256 FROM attachments a JOIN dossiers d ON d.id = a.dossier_id
         WHERE a.removed_at IS NOT NULL AND a.purged_at IS NULL AND a.removed_revision <= d.synced_revision`,
      )
      .all() as Array<{ id: string; sha256: string }>;
    let deleted = 0;
    for (const row of done) {
      const stillUsed = this.db.transaction(() => {
        prepared(this.db, 'UPDATE attachments SET purged_at = ? WHERE id = ?').run(now, row.id);
        return prepared(this.db, 'SELECT 1 FROM attachments WHERE sha256 = ? AND purged_at IS NULL LIMIT 1').get(row.sha256) !== undefined;
      })();
      if (!stillUsed) {
        this.files.remove(row.sha256);
        deleted++;
      }
    }
    return deleted;
  }
}

/** SQL condition: the dossier has no live attachment waiting for its upload (it is sent once its files are on the portal). */
export const FILES_UPLOADED_SQL = `NOT EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = dossiers.id AND a.removed_at IS NULL AND a.uploaded_at IS NULL)`;

/** The HoSo's TaiLieuNop: every uploaded version of the dossier's component PDFs, removed ones with IsDeleted "1". */
export function taiLieuNop(db: Database.Database, dossierId: string): { items: Array<Record<string, string>>; digitised: boolean } {
  const rows = prepared(db, 
      `SELECT file_name, component_code, portal_file_id, portal_url, removed_at FROM attachments
       WHERE dossier_id = ? AND uploaded_at IS NOT NULL ORDER BY created_at, id`,
    )
    .all(dossierId) as Array<{ file_name: string; component_code: string; portal_file_id: string; portal_url: string; removed_at: string | null }>;
  const items = rows.map((r) => ({
    TepDinhKemId: r.portal_file_id,
    TenTepDinhKem: r.file_name,
    MaThanhPhanHoSo: r.component_code,
    DuongDanTaiTepTin: r.portal_url,
    IsDeleted: r.removed_at ? '1' : '0',
    DuocSoHoa: '1',
  }));
  return { items, digitised: rows.some((r) => r.removed_at === null) };
}
