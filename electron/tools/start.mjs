#!/usr/bin/env node
// `npm start`: the desk app.
//  - Electron binary present: build what is stale, make sure better-sqlite3-multiple-ciphers is built for
//    Electron's ABI in build-electron/ (apart from the Node build the host and tests use), launch
//    Electron with that build.
//  - Electron binary missing (npm's allowScripts keeps its download off), or the Electron build
//    of better-sqlite3-multiple-ciphers cannot be made (no internet for Electron's headers): say so, start the
//    loopback host instead, print its URL and open it in Chromium when a display exists.
// Arguments after `npm start --` go to the host (`--data-dir`, `--port`, `--admin-password`, ...).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './ensure-dependencies.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
ensureDependencies(root);
const say = (message) => process.stderr.write(`${message}\n`);

const ELECTRON_NATIVE_DIR = path.join(root, 'build-electron');
const DEFAULT_PORT = '5180';

/** Path of the Electron executable, or null when its binary was not downloaded. */
function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Where the host keeps its data when no --data-dir is given. */
function defaultHostDataDir() {
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'mot-cua-desk', 'host');
  }
  if (process.platform === 'darwin') {
    return path.join(os.homedir(), 'Library', 'Application Support', 'mot-cua-desk', 'host');
  }
  const dataHome = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(dataHome, 'mot-cua-desk', 'host');
}

function prepare(target) {
  const result = spawnSync(process.execPath, [path.join(root, 'electron', 'tools', 'prepare.mjs'), target], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    say('Không chuẩn bị được bản dựng ứng dụng (xem lỗi ở trên). / Could not build the app (see the errors above).');
    process.exit(result.status ?? 1);
  }
}

function readVersion(packageDir) {
  return JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
}

/**
 * Makes build-electron/node_modules/better-sqlite3-multiple-ciphers a build for this Electron's ABI, unless the
 * one there already is. Returns true when it is ready.
 */
async function ensureElectronSqlite() {
  const electronVersion = readVersion(path.join(root, 'node_modules', 'electron'));
  const sqliteSource = path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
  const sqliteVersion = readVersion(sqliteSource);
  const stamp = `electron ${electronVersion}; better-sqlite3-multiple-ciphers ${sqliteVersion}; ${process.platform}-${process.arch}`;
  const stampFile = path.join(ELECTRON_NATIVE_DIR, 'built-for.txt');
  const target = path.join(ELECTRON_NATIVE_DIR, 'node_modules', 'better-sqlite3-multiple-ciphers');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === stamp) return true;

  say(`Đang dựng better-sqlite3-multiple-ciphers cho Electron ${electronVersion} (cần Internet để tải header của Electron)...`);
  say(`Building better-sqlite3-multiple-ciphers for Electron ${electronVersion} (needs the internet for Electron's headers)...`);
  try {
    rmSync(ELECTRON_NATIVE_DIR, { recursive: true, force: true });
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(sqliteSource, target, {
      recursive: true,
      filter: (src) => !src.startsWith(path.join(sqliteSource, 'build') + path.sep) && src !== path.join(sqliteSource, 'build'),
    });
    writeFileSync(
      path.join(ELECTRON_NATIVE_DIR, 'package.json'),
      `${JSON.stringify({ name: 'mot-cua-desk-electron-native', private: true, dependencies: { 'better-sqlite3-multiple-ciphers': sqliteVersion } }, null, 2)}\n`,
    );
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({ buildPath: ELECTRON_NATIVE_DIR, electronVersion, onlyModules: ['better-sqlite3-multiple-ciphers'], force: true });
    if (!existsSync(path.join(target, 'build', 'Release', 'better_sqlite3.node'))) throw new Error('no better_sqlite3.node was produced');
    writeFileSync(stampFile, `${stamp}\n`);
    return true;
  } catch (error) {
    say('');
    say(`Không dựng được better-sqlite3-multiple-ciphers cho Electron: ${error instanceof Error ? error.message : String(error)}`);
    say('Thường do máy không có Internet để tải header của Electron. Chạy máy chủ cục bộ thay thế.');
    say('Could not build better-sqlite3-multiple-ciphers for Electron, usually because Electron\'s headers cannot be');
    say('downloaded (no internet). Starting the local host instead.');
    say('');
    rmSync(ELECTRON_NATIVE_DIR, { recursive: true, force: true });
    return false;
  }
}

/** Sends SIGINT/SIGTERM on to the child and exits with its code. */
function relaySignalsAndExit(child, onExit = () => {}) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => {
    onExit();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

function startElectron(binary) {
  const env = {
    ...process.env,
    // electron/main/native-modules.ts points require('better-sqlite3-multiple-ciphers') here;
    MOTCUA_ELECTRON_NATIVE_DIR: ELECTRON_NATIVE_DIR,
    // the core's integrity-check worker loads the module by this path.
    MOTCUA_BETTER_SQLITE3: path.join(ELECTRON_NATIVE_DIR, 'node_modules', 'better-sqlite3-multiple-ciphers'),
  };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  relaySignalsAndExit(child);
}

function findChromium() {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return null;
}

function openInChromium(url) {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    say('Không có màn hình đồ hoạ: hãy mở địa chỉ trên bằng trình duyệt. / No display: open the URL above in a browser.');
    return null;
  }
  const chromium = findChromium();
  if (!chromium) {
    say('Không tìm thấy Chromium: hãy mở địa chỉ trên bằng trình duyệt. / Chromium not found: open the URL above in a browser.');
    return null;
  }
  // A profile of its own, so the window is the app's and not a tab in someone's browser; in
  // Vietnamese, and never offering to translate the desk's Vietnamese screens.
  const profile = path.join(path.dirname(defaultHostDataDir()), 'chromium-profile');
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--start-maximized',
    '--lang=vi',
    '--accept-lang=vi-VN,vi',
    '--disable-features=Translate,TranslateUI',
  ];
  // An officer's account runs Chromium with its sandbox and no further flag. Only as root (a
  // development box) does Chromium refuse to start without --no-sandbox, and that flag brings the
  // "unsupported command-line flag" bar, which Chromium leaves out under --test-type.
  if (process.getuid?.() === 0) args.push('--no-sandbox', '--test-type');
  const browser = spawn(chromium, args, { stdio: 'ignore', detached: true });
  browser.on('error', (error) => say(`Không mở được Chromium / Could not open Chromium: ${error.message}`));
  browser.unref();
  return browser;
}

/** The host's arguments: the user's, plus a default data folder and port when not given. */
function hostArgs() {
  const args = process.argv.slice(2);
  const has = (flag) => args.some((a) => a === flag || a.startsWith(`${flag}=`));
  if (!has('--data-dir')) args.push('--data-dir', defaultHostDataDir());
  if (!has('--port')) args.push('--port', DEFAULT_PORT);
  return args;
}

function startHost() {
  prepare('host');
  const args = hostArgs();
  const dataDir = args[args.indexOf('--data-dir') + 1];
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const host = spawn(process.execPath, [path.join(root, 'dist', 'host', 'main.cjs'), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let browser = null;
  // The host stopping closes the app window we opened.
  relaySignalsAndExit(host, () => {
    if (browser?.pid && browser.exitCode === null && browser.signalCode === null) {
      try {
        process.kill(-browser.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  });
  let ready = false;
  createInterface({ input: host.stdout }).on('line', (line) => {
    process.stdout.write(`${line}\n`);
    const match = /^HOST READY (\S+)$/.exec(line);
    if (match && !ready) {
      ready = true;
      const url = match[1];
      say('');
      say(`Một Cửa Desk đang chạy tại / is running at: ${url}`);
      say('Nhấn Ctrl+C để dừng. / Press Ctrl+C to stop.');
      say('');
      browser = openInChromium(url);
      // Closing the app window stops the host, as closing an app would. A browser that quits at
      // once (it failed, or handed the URL to a running one) leaves the host running.
      const openedAt = Date.now();
      browser?.on('exit', () => {
        if (Date.now() - openedAt < 3000 || host.exitCode !== null) return;
        say('Cửa sổ ứng dụng đã đóng: dừng máy chủ. / The app window was closed: stopping the host.');
        host.kill('SIGTERM');
      });
    }
  });
}

async function main() {
  const binary = electronBinary();
  if (binary) {
    prepare('electron');
    if (await ensureElectronSqlite()) {
      startElectron(binary);
      return;
    }
  } else {
    say('');
    say('Máy này không có Electron (bản chạy của Electron chưa được tải về), nên chạy máy chủ cục bộ thay thế:');
    say('ứng dụng mở trong trình duyệt Chromium.');
    say('Electron is not available on this machine (its binary was not downloaded), so the local host');
    say('is started instead: the app opens in Chromium.');
    say('');
  }
  startHost();
}

main().catch((error) => {
  say(`npm start: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
