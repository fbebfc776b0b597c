import type Database from 'better-sqlite3-multiple-ciphers';
import type { Clock } from '../clock';
import { backoffDelayMs, PortalFileRefusedError, type PortalAdapter } from '../portal';
import type { ContentStore } from './content-store';
import { prepared } from '../db/prepared';

/**
 * The sync side of attachments: uploads each stored file once (`PUT /files/{sha256}`, idempotent
 * by hash) before the dossier that lists it is sent, and deletes files whose removal the portal
 * has acknowledged. One failing upload never stops the others: a file the portal refuses for good
 * marks its dossiers `rejected` with the portal's message (not sent again until the dossier
 * changes), and a file that failed for a passing reason waits its own back-off.
 */
export class AttachmentSync {
  /** Transient failures per file: retried after an exponential back-off with jitter. */
  private readonly retry = new Map<string, { failures: number; notBefore: number }>();

  constructor(
    private readonly db: Database.Database,
    private readonly files: ContentStore,
    private readonly clock: Clock,
    private readonly log: (message: string) => void,
    /** Dossiers just marked rejected because the portal refused one of their files. */
    private readonly onRejected: (dossierIds: string[]) => void = () => {},
  ) {}

  /** Uploads every live file the portal does not hold yet; answers how many were uploaded. */
  async uploadPending(client: Pick<PortalAdapter, 'putFile'>): Promise<number> {
    // A dossier marked rejected waits for the officer's change before anything of it goes again.
    const pending = prepared(
      this.db,
      `SELECT a.sha256, min(a.file_name) AS file_name FROM attachments a JOIN dossiers d ON d.id = a.dossier_id
       WHERE a.uploaded_at IS NULL AND a.removed_at IS NULL AND d.sync_state <> 'rejected'
       GROUP BY a.sha256 ORDER BY min(a.created_at)`,
    ).all() as Array<{ sha256: string; file_name: string }>;
    let uploaded = 0;
    const now = Date.now();
    for (const { sha256, file_name } of pending) {
      const waiting = this.retry.get(sha256);
      if (waiting && waiting.notBefore > now) continue;
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
        this.retry.delete(sha256);
      } catch (error) {
        if (error instanceof PortalFileRefusedError) {
          this.retry.delete(sha256);
          this.reject(sha256, error.message);
          continue;
        }
        const failures = (waiting?.failures ?? 0) + 1;
        this.retry.set(sha256, { failures, notBefore: Date.now() + backoffDelayMs(failures) });
        this.log(`attachments: chưa tải lên được ${sha256} (lần ${failures}): ${(error as Error).message}`);
      }
    }
    return uploaded;
  }

  /** The portal refused the file for good: every dossier waiting for it is rejected with the portal's message. */
  private reject(sha256: string, portalMessage: string): void {
    const at = this.clock.now().toISOString();
    const marked = this.db.transaction(() => {
      const rows = prepared(
        this.db,
        `SELECT DISTINCT a.dossier_id, a.file_name, a.component_code FROM attachments a JOIN dossiers d ON d.id = a.dossier_id
         WHERE a.sha256 = ? AND a.uploaded_at IS NULL AND a.removed_at IS NULL AND d.sync_state IN ('pending', 'synced')`,
      ).all(sha256) as Array<{ dossier_id: string; file_name: string; component_code: string }>;
      for (const r of rows) {
        const message = `Cổng từ chối tệp đính kèm "${r.file_name}" (thành phần ${r.component_code}): ${portalMessage} Hãy thay tệp (quét lại nhỏ hơn) rồi đồng bộ lại.`;
        prepared(this.db, `UPDATE dossiers SET sync_state = 'rejected', sync_message = ?, sync_issue_at = ? WHERE id = ?`).run(message, at, r.dossier_id);
      }
      return rows.map((r) => r.dossier_id);
    })();
    this.log(`attachments: cổng từ chối tệp ${sha256}: ${portalMessage}`);
    if (marked.length) this.onRejected(marked);
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

/** A version of a component PDF the portal holds, as attachments knows it (the portal adapter maps it into its protocol). */
export interface UploadedFile {
  portalFileId: string;
  fileName: string;
  componentCode: string;
  portalUrl: string;
  /** The version was replaced or removed (the portal keeps it, marked deleted). */
  removed: boolean;
}

/** Every uploaded version of the dossier's component PDFs, in the order they were made. */
export function uploadedFilesOf(db: Database.Database, dossierId: string): UploadedFile[] {
  const rows = prepared(db,
      `SELECT file_name, component_code, portal_file_id, portal_url, removed_at FROM attachments
       WHERE dossier_id = ? AND uploaded_at IS NOT NULL ORDER BY created_at, id`,
    )
    .all(dossierId) as Array<{ file_name: string; component_code: string; portal_file_id: string; portal_url: string; removed_at: string | null }>;
  return rows.map((r) => ({ portalFileId: r.portal_file_id, fileName: r.file_name, componentCode: r.component_code, portalUrl: r.portal_url, removed: r.removed_at !== null }));
}
