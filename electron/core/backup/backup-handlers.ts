import path from 'node:path';
import type { Handlers, HandlerContext } from '../api/handler-context';
import type { BackupService } from './backup-service';
import { checkBackupFolder } from './backup-folder';

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
} satisfies Pick<Handlers, 'backup.settings' | 'backup.configure' | 'backup.create' | 'backup.list' | 'backup.verify'>;
