import path from 'node:path';
import { createCore } from '../core/create-core';
import { DatabaseOpenError } from '../core/db/database-errors';
import { HostArgsError, parseHostArgs } from './host-args';
import { DeskModeError, resolveDeskMode } from '../core/settings/desk-mode';
import { startEmbeddedTrainingPortal } from '../training-portal/embedded';
import { startHostServer } from './host-server';
import { EnvSecretStore, PORTAL_PASSWORD_ENV } from '../core/settings/env-secret-store';
import { loadSavedPortal, PortalSettingsFileError } from '../core/settings/portal-settings-file';
import { restoreBackup, RestoreError } from '../core/backup/restore-backup';
import { applyStagedRestore, type RestoreSetup } from '../core/backup/staged-restore';
import { DatabaseKeyError, KEY_ENV, parseDatabaseKey, readKeyFile, resolveHostKey } from '../core/db/database-key';

function restoreKey(keyFile: string | undefined): Buffer | undefined {
  const fromEnv = process.env[KEY_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return parseDatabaseKey(fromEnv, `biến môi trường ${KEY_ENV}`);
  return keyFile ? readKeyFile(keyFile) : undefined;
}

/** `npm run host`: the core over loopback HTTP. Prints `HOST READY <url>` on stdout; logs go to stderr. */
async function main(): Promise<void> {
  const args = parseHostArgs(process.argv.slice(2));
  // Everything the host creates (database, WAL, content files, backups, logs) is this user's only.
  if (process.platform !== 'win32') process.umask(0o077);
  const log = (message: string) => process.stderr.write(`[host] ${message}\n`);
  const dataDir = path.resolve(args.dataDir);
  if (args.restore) {
    // Verified first, into an empty folder only; a refusal writes nothing and exits 2.
    // The backup is encrypted with the lost desk's key: it comes from the recovery sheet.
    const restored = await restoreBackup(args.restore, dataDir, new Date(), restoreKey(args.dbKeyFile));
    log(`đã khôi phục từ ${restored.backupId} (tạo lúc ${restored.backupCreatedAt}); số hồ sơ và số biên lai tiếp tục sau khoảng an toàn ${restored.codeGap}/${restored.receiptGap} số.`);
  }
  // A restore made ready in Cài đặt (backup.restore) replaces the folder before anything opens it.
  applyStagedRestore(dataDir, new Date(), log);
  // The host restores onto its own folder; a training copy keeps desk.key beside it (restoreBackup),
  // a production one is opened with MOTCUA_DB_KEY or --db-key-file at the next start.
  const restoreSetup: RestoreSetup = { targetFor: () => dataDir, keepKey: () => {}, restart: 'host' };
  const mode = resolveDeskMode(dataDir, args.portal !== undefined);
  const resourcesDir = path.resolve(__dirname, '../../resources');
  const training = mode === 'training' ? await startEmbeddedTrainingPortal(dataDir, log, resourcesDir) : null;
  // The host never stores the portal password: it comes with the flags or from the environment.
  const secrets = new EnvSecretStore(args.portal?.password ?? process.env[PORTAL_PASSWORD_ENV]);
  let { portal, agencyId, agencyName, counter } = args;
  if (mode === 'production') {
    // Flags win; otherwise what the admin saved in Cài đặt (portal-settings.json of this folder).
    const saved = loadSavedPortal(dataDir, secrets);
    portal ??= saved.portal;
    agencyId ??= saved.saved?.agencyId;
    agencyName ??= saved.saved?.agencyName;
    counter ??= saved.saved?.counter;
    if (!portal) log(`Chưa cấu hình cổng dịch vụ công (${saved.missing ?? ''}): làm việc ngoại tuyến, hồ sơ chờ trong hàng đợi đồng bộ.`);
  }
  // Before the database is touched: a production folder without a key refuses to start.
  const databaseKey = resolveHostKey({ dataDir, training: mode === 'training', env: process.env, keyFile: args.dbKeyFile });
  const core = await createCore({
    dataDir,
    databaseKey,
    adminPassword: args.adminPassword,
    agencyId,
    agencyName,
    counter,
    portal: portal ?? training?.settings,
    portalSetup: { productionDir: mode === 'production' ? dataDir : null, secrets, restart: 'host' },
    restoreSetup,
    training: mode === 'training',
    log,
    resourcesDir,
  });
  // Installed before HOST READY, so a SIGTERM right after start still closes the database.
  let host: Awaited<ReturnType<typeof startHostServer>> | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: đang dừng, hoàn tất các yêu cầu dở dang...`);
    await host?.close();
    await core.close();
    await training?.portal.close();
    log('đã đóng cơ sở dữ liệu.');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  const rendererDir = args.rendererDir ?? path.resolve(__dirname, '../renderer');
  host = await startHostServer(core, { port: args.port, rendererDir });
  // No administrator and no --admin-password: the first-run screen asks for this one-time code.
  const setupCode = core.setupCode();
  if (setupCode) process.stdout.write(`MÃ THIẾT LẬP: ${setupCode}\n`);
  process.stdout.write(`HOST READY ${host.url}\n`);
  log(`dữ liệu: ${path.resolve(args.dataDir)}; giao diện: ${rendererDir}`);
}

main().catch((error: unknown) => {
  if (
    error instanceof HostArgsError ||
    error instanceof RestoreError ||
    error instanceof DatabaseOpenError ||
    error instanceof DatabaseKeyError ||
    error instanceof DeskModeError ||
    error instanceof PortalSettingsFileError
  ) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Lỗi khởi động máy chủ: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
