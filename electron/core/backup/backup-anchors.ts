import fs from 'node:fs';
import path from 'node:path';
import type { AuditAnchor } from '../audit';
import { readManifest } from './backup-manifest';
import { isBackupId } from './backup-names';
import type { RestoreWindow } from './restore-backup';

/**
 * The audit anchors this desk's backups hold: each manifest's `auditHead` (the chain's head when
 * the copy was taken), kept on the USB disk or the share, away from the database. Only this
 * desk's own backups count (same agency and counter); after each restore, the lost machine's
 * backups taken after the restored one (inside a restore window) are not on this chain and are left out. Oldest first, so
 * the first anchor that no longer lies on the chain is the earliest cut.
 */
export function backupAuditAnchors(folder: string | null, desk: { agencyId: string; counter: number }, lostWindows: RestoreWindow[]): AuditAnchor[] {
  if (!folder || !fs.existsSync(folder)) return [];
  const anchors: Array<AuditAnchor & { createdAt: string }> = [];
  for (const name of fs.readdirSync(folder)) {
    if (!isBackupId(name)) continue;
    const read = readManifest(path.join(folder, name));
    if (!read.ok) continue;
    const { manifest } = read;
    const head = manifest.auditHead;
    if (!head) continue;
    if (manifest.agencyId !== desk.agencyId || manifest.counter !== desk.counter) continue;
    if (lostWindows.some((w) => manifest.createdAt > w.backupCreatedAt && manifest.createdAt < w.restoredAt)) continue;
    anchors.push({ id: head.id, hash: head.hash, at: manifest.createdAt, source: `bản sao lưu ${name}`, createdAt: manifest.createdAt });
  }
  return anchors.sort((a, b) => a.id - b.id || a.createdAt.localeCompare(b.createdAt)).map(({ createdAt: _c, ...anchor }) => anchor);
}
