// Makes `npm start` and `npm test` work as the first command on a fresh clone: installs the
// dependencies with `npm ci` when node_modules is missing or older than package-lock.json.
// npm 10 ignores package.json's allowScripts and would try to download Electron's binary: we
// then set ELECTRON_SKIP_BINARY_DOWNLOAD=1 (the binary is only needed for the desktop shell).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export function ensureDependencies(root) {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const version = spawnSync(npm, ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' }).stdout.trim();
  const env = { ...process.env };
  if (Number(version.split('.')[0]) < 11) {
    process.stderr.write(`[setup] npm ${version} bỏ qua allowScripts: đặt ELECTRON_SKIP_BINARY_DOWNLOAD=1 (npm ${version} ignores allowScripts).\n`);
    env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
  }
  process.stderr.write('[setup] Đang cài các gói phụ thuộc (npm ci) / installing dependencies (npm ci)...\n');
  const result = spawnSync(npm, ['ci'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr], env, shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stderr.write('[setup] npm ci thất bại / npm ci failed.\n');
    process.exit(result.status ?? 1);
  }
}
