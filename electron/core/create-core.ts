import path from 'node:path';
import type { DeskEvent } from '../../shared/api';
import { loadCatalogDir, loadHolidayDir } from './catalog';
import { createProcedureCatalog } from './catalog/procedure-catalog-service';
import { CatalogSchedule } from './catalog/catalog-schedule';
import { AgencyCalendar } from './settings/agency-calendar';
import { NationalPortalClient } from './portal';
import { SyncWorker, syncStatusOf } from './sync/sync-worker';
import { ContentStore, contentKeysOf } from './attachments/content-store';
import { AttachmentSync } from './attachments/attachment-sync';
import { HotFolderWatcher } from './attachments/hot-folder-watcher';
import { HOT_FOLDER_SETTING } from './attachments/hot-folder-service';
import { DEFAULT_KEEP_IMPORTED_DAYS, KEEP_IMPORTED_DAYS_SETTING } from './attachments/attachments-service';
import { ScannerService } from './scanners/scanner-service';
import { systemClock } from './clock';
import type { CoreOptions, DeskCore } from './core-types';
import type { CoreServices } from './core-services';
import { closeDatabase, openDatabase } from './db/open-database';
import { startCheckpointer } from './db/checkpointer';
import { quickCheckInBackground } from './db/integrity';
import { createRouter } from './api/router';
import { callGuards } from './call-guards';
import { handlers } from './handlers';
import { Sessions } from './accounts/sessions';
import { LoginThrottle } from './accounts/login-throttle';
import { UsersRepository } from './accounts/users-repository';
import { PasswordHasher } from './accounts/password-hash';
import { SetupCode } from './accounts/setup-code';
import { SettingsStore } from './settings/settings-store';
import { applyIdentityOptions, readIdentity } from './settings/desk-identity';
import { PortalSettingsService } from './settings/portal-settings-service';
import { EnvSecretStore } from './settings/env-secret-store';
import { BackupService } from './backup/backup-service';
import { AuditLog } from './audit/audit-log';
import { startAuditWatch } from './audit/audit-watch';
import { DisplayBoard } from './display';

export const FIRST_ADMIN_USERNAME = 'admin';

/** Builds the desk's core over a data folder: database, services, the one router. */
export async function createCore(options: CoreOptions): Promise<DeskCore> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  const resourcesDir = options.resourcesDir ?? path.resolve('resources');
  // Shipped data is validated before the database is touched: a broken file stops the start with its name.
  const procedures = loadCatalogDir(path.join(resourcesDir, 'catalog'));
  const holidays = loadHolidayDir(path.join(resourcesDir, 'holidays'));
  const opened = openDatabase(options.dataDir, undefined, options.databaseKey);
  const { db } = opened;
  // WAL checkpoints in a worker thread, off the path of every save (db/checkpointer.ts).
  const checkpointer = startCheckpointer(db, opened.file, options.databaseKey, log);
  const listeners = new Set<(event: DeskEvent) => void>();
  const emit = (event: DeskEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log(`event listener failed: ${String(error)}`);
      }
    }
  };

  const settings = new SettingsStore(db);
  applyIdentityOptions(settings, { agencyId: options.agencyId, agencyName: options.agencyName, counter: options.counter, training: options.training });
  const users = new UsersRepository(db);
  const identity = readIdentity(settings);
  const portalClient = options.portal ? new NationalPortalClient(options.portal, identity.agencyId, 15_000, () => clock.now()) : null;
  const catalog = createProcedureCatalog(procedures, settings, db, () => clock.now());
  // Content files are encrypted with keys derived from the database key (the host and the app always have one).
  const files = new ContentStore(options.dataDir, options.databaseKey ? contentKeysOf(options.databaseKey) : undefined);
  files.sweepTempFiles();
  const converted = files.encryptPlainFiles();
  if (converted.converted) log(`đã mã hoá ${converted.converted} tệp nội dung lưu trước đây ở dạng không mã hoá.`);
  for (const file of converted.damaged) log(`tệp nội dung ${file} không khớp mã băm của nó; để nguyên, không mã hoá.`);
  // A file the portal refuses for good shows at once as a rejected dossier.
  const attachments = new AttachmentSync(db, files, clock, log, (ids) => {
    emit({ name: 'dossiers.changed', data: { ids } });
    emit({ name: 'sync.status', data: syncStatusOf(db, sync) });
  });
  const hotFolder = new HotFolderWatcher({
    settleMs: options.hotFolderSettleMs,
    rescanMs: options.hotFolderRescanMs,
    log,
    onChange: (offers) => emit({ name: 'attachments.hotFolder', data: { offers } }),
    keepImportedDays: () => settings.get<number>(KEEP_IMPORTED_DAYS_SETTING, DEFAULT_KEEP_IMPORTED_DAYS),
  });
  const sync = new SyncWorker({ db, clock, client: portalClient, settings, catalog, emit, log, intervalMs: options.syncIntervalMs, attachments });
  // A desk on a real portal takes the portal's catalogue daily; a training desk when asked.
  const catalogSchedule = new CatalogSchedule({
    db,
    client: identity.training ? null : portalClient,
    settings,
    catalog,
    now: () => clock.now(),
    write: (fn) => db.transaction(fn)(),
    audit: (entry) => new AuditLog(db).record(clock.now(), { userId: null, username: null }, 'catalog.sync', 'schedule', entry),
    log,
    checkEveryMs: options.catalogCheckMs,
    firstCheckMs: options.catalogCheckMs,
  });
  const backups = new BackupService({ db, key: options.databaseKey, settings, files, identity: () => readIdentity(settings), appVersion: options.appVersion ?? '0.1.0', clock, log, checkEveryMs: options.backupCheckMs, restore: options.restoreSetup });
  const services: CoreServices = {
    users,
    sessions: new Sessions(db, clock),
    throttle: new LoginThrottle(db, clock),
    passwords: new PasswordHasher(options.passwordParams),
    setupCode: new SetupCode(false),
    settings,
    identity: () => readIdentity(settings),
    appVersion: options.appVersion ?? '0.1.0',
    emit,
    catalog,
    sync,
    portalClient,
    files,
    scanners: options.scanners ?? new ScannerService(),
    receiptProvider: options.receiptProvider,
    hotFolder,
    calendar: new AgencyCalendar(settings, holidays.schedules, holidays.addedRules),
    portalSettings: new PortalSettingsService(
      // Without a setup, the host's rules: a production folder keeps its own settings, the password comes from the environment.
      options.portalSetup ?? {
        productionDir: identity.training ? null : options.dataDir,
        secrets: new EnvSecretStore(identity.training ? undefined : options.portal?.password),
        restart: 'host',
      },
      { training: identity.training, portal: options.portal ?? null },
      log,
    ),
    backups,
    display: new DisplayBoard(clock, emit),
  };

  if (options.adminPassword && users.count() === 0) {
    const passwordHash = await services.passwords.hash(options.adminPassword);
    db.transaction(() => {
      if (users.count() > 0) return;
      users.insert({ username: FIRST_ADMIN_USERNAME, fullName: 'Quản trị viên', role: 'admin', passwordHash, at: clock.now().toISOString() });
      new AuditLog(db).record(clock.now(), { userId: null, username: null }, 'core.firstRun', 'startup', { entity: 'user', entityId: FIRST_ADMIN_USERNAME, after: { role: 'admin' } });
    })();
  }

  // No administrator and no --admin-password: the first-run screen needs the one-time code.
  if (users.count() === 0) services.setupCode = new SetupCode(true);

  const router = createRouter({ db, clock, guards: callGuards(db, services.sessions), services, handlers, log });
  // The audit's hash chain is walked in the background, against the anchors in the backups'
  // manifests (rows cut off the end show); a break shows in the frame (audit.status).
  const auditWatch = startAuditWatch(db, clock, settings, log, () => backups.auditAnchors());
  services.auditWatch = auditWatch;
  // Every local change reaches the portal soon, not only at the next timer round.
  const nudgeSync = (event: DeskEvent) => {
    if (event.name !== 'dossiers.changed') return;
    sync.nudge();
    // A dossier saved, handed over or refused changes what a citizen display shows.
    services.display?.changed();
  };
  listeners.add(nudgeSync);
  sync.start();
  catalogSchedule.start();
  backups.start();
  hotFolder.watch(settings.get<string | null>(HOT_FOLDER_SETTING, null));
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;

  if (opened.uncleanShutdown) {
    log('Lần chạy trước không đóng cơ sở dữ liệu đúng cách; đã kiểm tra toàn vẹn: tốt.');
  } else {
    // Checked in a worker after start-up, so a large database does not slow the start.
    setTimeout(() => {
      if (closing) return;
      void quickCheckInBackground(opened.file, options.databaseKey).then((result) => {
        if (!result.ok) log(result.message);
        emit({ name: 'db.integrity', data: result });
      });
    }, 2_000).unref();
  }

  return {
    dataDir: options.dataDir,
    setupCode: () => services.setupCode.display,
    call(method, input, token, meta) {
      if (closing) {
        return Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'Ứng dụng đang đóng, vui lòng thử lại sau.' } });
      }
      const pending = router.call(method, input, token, meta);
      // The day's last cash session closed: its takings go into a backup (the backup service decides).
      if (method === 'cash.close') void pending.then((r) => (r.ok && !closing ? backups.afterCashClose() : undefined));
      inFlight.add(pending);
      void pending.finally(() => inFlight.delete(pending));
      return pending;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closing = true;
      await Promise.allSettled([...inFlight]);
      hotFolder.stop();
      services.display?.stop();
      await backups.stop();
      await sync.stop();
      await catalogSchedule.stop();
      await auditWatch.stop();
      listeners.clear();
      await checkpointer.stop();
      closeDatabase(db);
    },
  };
}
