/**
 * The training portal's own SQLite: dossiers as the portal holds them (with the desk's IdNoiBo
 * and PhienBan), a change-feed sequence, processing steps, files by sha256, and sessions.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { HoSo, TienDo } from './hoso-schema';

export const PORTAL_DATABASE_FILE = 'training-portal.sqlite3';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS dossiers (
  ma_ho_so TEXT PRIMARY KEY,
  agency TEXT NOT NULL,
  id_noi_bo TEXT NOT NULL,
  phien_ban INTEGER NOT NULL,
  status TEXT NOT NULL,
  status_since_ms INTEGER NOT NULL,
  change_seq INTEGER NOT NULL UNIQUE,
  hoso_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dossiers_feed ON dossiers(agency, change_seq);
CREATE INDEX IF NOT EXISTS dossiers_status ON dossiers(status, status_since_ms);
CREATE TABLE IF NOT EXISTS progress_steps (
  ma_ho_so TEXT NOT NULL,
  thoi_diem TEXT NOT NULL,
  trang_thai TEXT NOT NULL,
  tien_do_json TEXT NOT NULL,
  PRIMARY KEY (ma_ho_so, thoi_diem, trang_thai)
);
CREATE TABLE IF NOT EXISTS files (
  sha256 TEXT PRIMARY KEY,
  file_id TEXT NOT NULL,
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  token TEXT PRIMARY KEY,
  username TEXT NOT NULL,
  expires_at_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

export interface StoredDossier {
  hoso: HoSo;
  phienBan: number;
  idNoiBo: string;
  status: string;
  changeSeq: number;
}

export interface DossierSummary {
  MaHoSo: string;
  PhienBan: number;
  TrangThaiHoSo: string;
  IdNoiBo: string;
  DuocThanhToanTrucTuyen: string;
}

interface DossierRow {
  hoso_json: string;
  phien_ban: number;
  id_noi_bo: string;
  status: string;
  change_seq: number;
}

const toStored = (row: DossierRow): StoredDossier => ({
  hoso: JSON.parse(row.hoso_json) as HoSo,
  phienBan: row.phien_ban,
  idNoiBo: row.id_noi_bo,
  status: row.status,
  changeSeq: row.change_seq,
});

export class PortalStore {
  readonly db: Database.Database;
  readonly filesDir: string;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.filesDir = path.join(dataDir, 'files');
    fs.mkdirSync(this.filesDir, { recursive: true });
    this.db = new Database(path.join(dataDir, PORTAL_DATABASE_FILE));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Runs fn in one transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  findDossier(maHoSo: string): StoredDossier | null {
    const row = this.db
      .prepare('SELECT hoso_json, phien_ban, id_noi_bo, status, change_seq FROM dossiers WHERE ma_ho_so = ?')
      .get(maHoSo) as DossierRow | undefined;
    return row ? toStored(row) : null;
  }

  /** Writes the dossier's new state and gives it the next change-feed sequence. */
  saveDossier(hoso: HoSo, agency: string, nowMs: number): void {
    const seq = this.nextChangeSeq();
    const held = this.db.prepare('SELECT status, status_since_ms FROM dossiers WHERE ma_ho_so = ?').get(hoso.MaHoSo) as
      | { status: string; status_since_ms: number }
      | undefined;
    const since = held && held.status === hoso.TrangThaiHoSo ? held.status_since_ms : nowMs;
    this.db
      .prepare(
        `INSERT INTO dossiers (ma_ho_so, agency, id_noi_bo, phien_ban, status, status_since_ms, change_seq, hoso_json)
         VALUES (@ma, @agency, @id, @pb, @status, @since, @seq, @json)
         ON CONFLICT(ma_ho_so) DO UPDATE SET id_noi_bo = excluded.id_noi_bo, phien_ban = excluded.phien_ban,
           status = excluded.status, status_since_ms = excluded.status_since_ms, change_seq = excluded.change_seq,
           hoso_json = excluded.hoso_json`,
      )
      .run({
        ma: hoso.MaHoSo,
        agency,
        id: hoso.IdNoiBo,
        pb: Number(hoso.PhienBan || '0'),
        status: hoso.TrangThaiHoSo,
        since,
        seq,
        json: JSON.stringify(hoso),
      });
  }

  /** Dossiers of an agency changed after `afterSeq`, oldest change first. */
  changesAfter(agency: string, afterSeq: number, limit: number): StoredDossier[] {
    const rows = this.db
      .prepare(
        `SELECT hoso_json, phien_ban, id_noi_bo, status, change_seq FROM dossiers
         WHERE agency = ? AND change_seq > ? ORDER BY change_seq LIMIT ?`,
      )
      .all(agency, afterSeq, limit) as DossierRow[];
    return rows.map(toStored);
  }

  /** Codes of dossiers that have been in `status` since at or before `beforeMs`. */
  dossiersInStatusSince(status: string, beforeMs: number): string[] {
    return (
      this.db.prepare('SELECT ma_ho_so FROM dossiers WHERE status = ? AND status_since_ms <= ? ORDER BY change_seq').all(status, beforeMs) as Array<{
        ma_ho_so: string;
      }>
    ).map((r) => r.ma_ho_so);
  }

  /** The highest daily sequence used by codes of this agency and day, up to `maxSeq`. */
  highestSeq(agency: string, day: string, maxSeq: number): number {
    const rows = this.db.prepare('SELECT ma_ho_so FROM dossiers WHERE agency = ? AND ma_ho_so LIKE ?').all(agency, `${agency}-${day}-%`) as Array<{
      ma_ho_so: string;
    }>;
    let highest = 0;
    for (const r of rows) {
      const seq = Number(r.ma_ho_so.slice(-4));
      if (seq <= maxSeq && seq > highest) highest = seq;
    }
    return highest;
  }

  /** Agencies that hold at least one dossier. */
  agencies(): string[] {
    return (this.db.prepare('SELECT DISTINCT agency FROM dossiers').all() as Array<{ agency: string }>).map((r) => r.agency);
  }

  /** Records a processing step; false when the same (MaHoSo, ThoiDiemXuLy, TrangThai) was already recorded. */
  addProgressStep(step: TienDo): boolean {
    const result = this.db
      .prepare('INSERT OR IGNORE INTO progress_steps (ma_ho_so, thoi_diem, trang_thai, tien_do_json) VALUES (?, ?, ?, ?)')
      .run(step.MaHoSo, step.ThoiDiemXuLy, step.TrangThai, JSON.stringify(step));
    return result.changes === 1;
  }

  progressSteps(maHoSo: string): TienDo[] {
    return (
      this.db.prepare('SELECT tien_do_json FROM progress_steps WHERE ma_ho_so = ? ORDER BY thoi_diem, trang_thai').all(maHoSo) as Array<{
        tien_do_json: string;
      }>
    ).map((r) => JSON.parse(r.tien_do_json) as TienDo);
  }

  findFile(sha256: string): { fileId: string; name: string; contentType: string; size: number } | null {
    const row = this.db.prepare('SELECT file_id, name, content_type, size FROM files WHERE sha256 = ?').get(sha256) as
      | { file_id: string; name: string; content_type: string; size: number }
      | undefined;
    return row ? { fileId: row.file_id, name: row.name, contentType: row.content_type, size: row.size } : null;
  }

  addFile(sha256: string, file: { fileId: string; name: string; contentType: string; size: number }): void {
    this.db
      .prepare('INSERT OR IGNORE INTO files (sha256, file_id, name, content_type, size) VALUES (?, ?, ?, ?, ?)')
      .run(sha256, file.fileId, file.name, file.contentType, file.size);
  }

  filePath(sha256: string): string {
    return path.join(this.filesDir, sha256);
  }

  addSession(token: string, username: string, expiresAtMs: number): void {
    this.db.prepare('INSERT INTO sessions (token, username, expires_at_ms) VALUES (?, ?, ?)').run(token, username, expiresAtMs);
  }

  sessionExpiry(token: string): number | null {
    const row = this.db.prepare('SELECT expires_at_ms FROM sessions WHERE token = ?').get(token) as { expires_at_ms: number } | undefined;
    return row ? row.expires_at_ms : null;
  }

  expireSession(token: string): void {
    this.db.prepare('UPDATE sessions SET expires_at_ms = 0 WHERE token = ?').run(token);
  }

  counts(): { dossiers: number; progressSteps: number; files: number; sessions: number; changeSeq: number } {
    const count = (table: string) => (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      dossiers: count('dossiers'),
      progressSteps: count('progress_steps'),
      files: count('files'),
      sessions: count('sessions'),
      changeSeq: this.currentChangeSeq(),
    };
  }

  /** Every dossier's code, revision, status, IdNoiBo and online payment (for the control endpoint's state). */
  dossierSummaries(): DossierSummary[] {
    return this.db
      .prepare(
        `SELECT ma_ho_so AS MaHoSo, phien_ban AS PhienBan, status AS TrangThaiHoSo, id_noi_bo AS IdNoiBo,
           coalesce(json_extract(hoso_json, '$.DuocThanhToanTrucTuyen'), '') AS DuocThanhToanTrucTuyen
         FROM dossiers ORDER BY ma_ho_so`,
      )
      .all() as DossierSummary[];
  }

  /** Empties dossiers, steps and files; keeps sessions and the change sequence (cursors stay valid). */
  resetData(): void {
    this.transaction(() => {
      this.db.exec('DELETE FROM dossiers; DELETE FROM progress_steps; DELETE FROM files;');
    });
    for (const name of fs.readdirSync(this.filesDir)) fs.rmSync(path.join(this.filesDir, name), { force: true });
  }

  currentChangeSeq(): number {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'change_seq'").get() as { value: string } | undefined;
    return row ? Number(row.value) : 0;
  }

  private nextChangeSeq(): number {
    const next = this.currentChangeSeq() + 1;
    this.db
      .prepare("INSERT INTO meta (key, value) VALUES ('change_seq', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .run(String(next));
    return next;
  }
}
