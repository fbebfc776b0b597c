// The Electron shell: one window, the core in this process, reached over IPC.
// Thin on purpose: the business lives in electron/core, the hardening in security.ts.
import './native-modules';
import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { createCore } from '../core/create-core';
import type { DeskCore } from '../core/core-types';
import { loadOrCreateSealedKey } from '../core/db/sealed-key';
import { openDeskFolder, type DeskFolder } from './desk-folders';
import { safeStorageCipher } from './safe-storage-cipher';
import { registerIpc } from './ipc';
import { registerPrinting } from './printing';
import { registerRelaunch } from './relaunch';
import { APP_INDEX_URL, applySecurity, secureWebPreferences } from './security';

// Bundled to dist/electron/main.cjs, next to preload.cjs; the renderer is in dist/renderer.
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

const log = (message: string) => process.stderr.write(`[desk] ${message}\n`);

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'Một Cửa Desk',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(PRELOAD_PATH),
  });
  win.once('ready-to-show', () => win.show());
  reloadAfterCrash(win);
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/**
 * A crashed renderer is reloaded at once (the session token is kept by the core, the officer signs
 * in again); three crashes within a minute stop the loop and say so instead.
 */
function reloadAfterCrash(win: BrowserWindow): void {
  const crashes: number[] = [];
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && crashes[0]! < now - 60_000) crashes.shift();
    log(`renderer gone (${details.reason}, exit ${details.exitCode}); ${crashes.length <= 3 ? 'reloading' : 'not reloading again'}`);
    if (crashes.length <= 3) void win.loadURL(APP_INDEX_URL);
    else dialog.showErrorBox('Một Cửa Desk', 'Cửa sổ làm việc bị lỗi nhiều lần liên tiếp. Hãy đóng và mở lại ứng dụng; dữ liệu đã lưu không bị mất.');
  });
}

function start(): void {
  let core: DeskCore | null = null;
  let folder: DeskFolder | null = null;
  let win: BrowserWindow | null = null;
  let closing = false;

  const securityReady = applySecurity(RENDERER_DIR);

  app.on('second-instance', () => {
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.on('window-all-closed', () => app.quit());

  // Close the database cleanly (WAL checkpointed) before the process ends.
  app.on('before-quit', (event) => {
    if (!core || closing) return;
    event.preventDefault();
    closing = true;
    const closingCore = core;
    core = null;
    closingCore
      .close()
      .then(() => folder?.close())
      .catch((error: unknown) => log(`closing the core failed: ${String(error)}`))
      .finally(() => app.exit(0));
  });

  securityReady
    .then(async () => {
      const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(app.getAppPath(), 'resources');
      // <userData>/training until the admin saves a real portal, then <userData>/production (desk-folders.ts).
      folder = await openDeskFolder(app.getPath('userData'), log, resourcesDir);
      log(`dữ liệu: ${folder.options.dataDir}`);
      // The database key, sealed by the OS keyring beside the database (refused without a keyring).
      const databaseKey = loadOrCreateSealedKey(folder.options.dataDir, safeStorageCipher);
      const created = await createCore({ ...folder.options, databaseKey, appVersion: app.getVersion(), log, resourcesDir });
      core = created;
      registerIpc(created);
      registerPrinting();
      registerRelaunch();
      win = createWindow();
    })
    .catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      log(`start-up failed: ${detail}`);
      dialog.showErrorBox('Một Cửa Desk', `Không khởi động được ứng dụng.\n\n${detail}`);
      app.exit(1);
    });
}

// One desk per user session: a second launch focuses the running window.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
