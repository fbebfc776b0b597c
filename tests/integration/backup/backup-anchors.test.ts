// The audit anchors a desk takes from its backup folder: its own backups only, and none from the
// machines it was restored over (each restore's window), however many restores its line went through.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupAuditAnchors } from '../../../electron/core/backup/backup-anchors';
import { BACKUP_DATABASE, MANIFEST_FILE, MANIFEST_FORMAT, type BackupManifest } from '../../../electron/core/backup/backup-manifest';
import { backupIdOf } from '../../../electron/core/backup/backup-names';
import { makeTempDir } from '../../support/temp-dir';

const AGENCY = '000.00.00.H29';
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A backup folder holding a manifest taken at `createdAt` with the chain's head at `headId`. */
function writeBackup(folder: string, createdAt: string, headId: number, counter = 1): void {
  const dir = path.join(folder, backupIdOf(AGENCY, new Date(createdAt)));
  fs.mkdirSync(dir);
  const manifest: BackupManifest = {
    format: MANIFEST_FORMAT, formatVersion: 1, schemaVersion: 12, appVersion: 'test', agencyId: AGENCY, counter, training: false, createdAt,
    counts: { dossiers: 0, payments: 0, files: 1 },
    auditHead: { id: headId, hash: String(headId % 10).repeat(64) },
    files: [{ path: BACKUP_DATABASE, bytes: 1, sha256: '0'.repeat(64) }],
  };
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest));
}

describe('audit anchors from the backup folder', () => {
  it('leaves out the lost machines\' backups of every restore window, and other counters\' backups', () => {
    const t = makeTempDir('motcua-anchors-');
    cleanups.push(t.cleanup);
    writeBackup(t.dir, '2026-10-01T05:00:00.000Z', 10); // kept: before both losses
    writeBackup(t.dir, '2026-10-05T05:00:00.000Z', 20); // the first lost machine, after the backup restored on Oct 7
    writeBackup(t.dir, '2026-10-08T05:00:00.000Z', 15); // kept: the restored desk
    writeBackup(t.dir, '2026-11-02T05:00:00.000Z', 40); // the second lost machine, after the backup restored on Nov 3
    writeBackup(t.dir, '2026-11-04T05:00:00.000Z', 33); // kept
    writeBackup(t.dir, '2026-11-04T06:00:00.000Z', 99, 2); // another counter
    const windows = [
      { backupCreatedAt: '2026-10-01T05:00:00.000Z', restoredAt: '2026-10-07T01:00:00.000Z' },
      { backupCreatedAt: '2026-10-08T05:00:00.000Z', restoredAt: '2026-11-03T01:00:00.000Z' },
    ];
    expect(backupAuditAnchors(t.dir, { agencyId: AGENCY, counter: 1 }, windows).map((a) => a.id)).toEqual([10, 15, 33]);
    // With only the last restore known (as before the list), the first lost machine's backup came back as an anchor.
    expect(backupAuditAnchors(t.dir, { agencyId: AGENCY, counter: 1 }, windows.slice(1)).map((a) => a.id)).toEqual([10, 15, 20, 33]);
  });
});
