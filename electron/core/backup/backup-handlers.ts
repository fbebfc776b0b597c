import path from 'node:path';
import type { Handlers, HandlerContext } from '../api/handler-context';
import type { BackupService } from './backup-service';
import { checkBackupFolder } from './backup-folder';
import { DeskError } from '../api/desk-error';
import { RECOVERY_KEY_PRINTED_KEY } from './backup-service';
import { parseDatabaseKey } from '../db/database-key';

function serviceOf(ctx: HandlerContext): BackupService {
  if (!ctx.services.backups) throw new Error('backup: no backup service in this core');
  return ctx.services.backups;
}

export const backupHandlers = {
  'backup.settings': (_input, ctx) => serviceOf(ctx).settings(),
  'backup.configure': (input, ctx) => {
    const service = serviceOf(ctx);
    if (!ctx.services.files) throw new Error('backup: no data folder in this core');
    // Checked before the transaction: a slow network share never holds the write lock.
    const folder = checkBackupFolder(input.folder, path.dirname(ctx.services.files.root));
    const next = service.merged({ ...input, folder });
    ctx.write(() => {
      const { lastBackup: _last, ...before } = service.settings();
      service.save(next);
      ctx.audit({ entity: 'setting', entityId: 'backup.settings', before, after: next });
    });
    return service.settings();
  },
  'backup.create': async (_input, ctx) => {
    const created = await serviceOf(ctx).create('manual');
    ctx.write(() => ctx.audit({ entity: 'backup', entityId: created.id, after: { path: created.path, dossiers: created.dossiers, files: created.files, bytes: created.bytes } }));
    return created;
  },
  'backup.list': (_input, ctx) => serviceOf(ctx).list(),
  'backup.verify': (input, ctx) => serviceOf(ctx).verify(input.id),
  'backup.recoveryKey': (_input, ctx) => {
    const service = serviceOf(ctx);
    const key = service.recoveryKeyHex();
    if (!key) throw new DeskError('NOT_FOUND', 'Cơ sở dữ liệu này không được mã hoá nên không có khoá khôi phục.');
    // Reading the key is recorded like a change: who saw it, when, through which transport.
    ctx.write(() => ctx.audit({ entity: 'recoveryKey', entityId: 'database', after: { read: true } }));
    const printedAt = service.recoveryKeyStatus().printedAt;
    return { keyGroups: key.match(/.{4}/g) ?? [], ...(printedAt ? { printedAt } : {}) };
  },
  'backup.recoveryKeyPrinted': (_input, ctx) => {
    const service = serviceOf(ctx);
    if (!service.recoveryKeyHex()) throw new DeskError('NOT_FOUND', 'Cơ sở dữ liệu này không được mã hoá nên không có khoá khôi phục.');
    const printedAt = ctx.clock.now().toISOString();
    const before = service.recoveryKeyStatus().printedAt;
    service.markRecoveryKeyPrinted(printedAt);
    ctx.audit({ entity: 'setting', entityId: RECOVERY_KEY_PRINTED_KEY, before: { printedAt: before }, after: { printedAt } });
    return { printedAt };
  },
  'backup.recoveryKeyStatus': (_input, ctx) => serviceOf(ctx).recoveryKeyStatus(),
  'backup.restore': async (input, ctx) => {
    const key = input.recoveryKey ? parseDatabaseKey(input.recoveryKey, 'khoá khôi phục') : undefined;
    const staged = await serviceOf(ctx).stageRestore(input.path, key);
    ctx.write(() => ctx.audit({ entity: 'backup', entityId: staged.backupId, after: { restoreStaged: staged.target, from: input.path, withRecoveryKey: key !== undefined } }));
    return { backupId: staged.backupId, backupCreatedAt: staged.backupCreatedAt, target: staged.target, restart: staged.restart };
  },
} satisfies Pick<
  Handlers,
  'backup.settings' | 'backup.configure' | 'backup.create' | 'backup.list' | 'backup.verify' | 'backup.recoveryKey' | 'backup.recoveryKeyPrinted' | 'backup.recoveryKeyStatus' | 'backup.restore'
>;
