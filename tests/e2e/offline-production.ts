// A production desk whose portal nobody answers (the discard port): it works offline. The restore
// specs start one, back it up to a "USB drive" folder, and start it again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADMIN_PASSWORD, ADMIN_USERNAME, startHost, type DeskHost } from './fixtures';
import { api, login } from './desk-api';

export const OFFLINE_PRODUCTION = ['--agency-id', '000.00.00.H29', '--agency-name', 'UBND Phường Tân Phong', '--counter', '1', '--portal-url', 'http://127.0.0.1:9', '--portal-user', 'u', '--dstcode', 'X'];

/** A temp root with a `usb` folder for backups; removed after `run`, whatever happens. */
export async function inTempRoot(prefix: string, run: (root: string, usb: string) => Promise<void>): Promise<void> {
  process.env.MOTCUA_PORTAL_PASSWORD = 'p';
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const usb = path.join(root, 'usb');
  fs.mkdirSync(usb);
  try {
    await run(root, usb);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Starts the offline production desk in `dataDir`, signs the admin in over the API, sets the backup folder. */
export async function startOfflineDesk(dataDir: string, usb: string) {
  const started = await startHost(dataDir, ADMIN_PASSWORD, OFFLINE_PRODUCTION);
  const desk: DeskHost = { url: started.url, dataDir, admin: { username: ADMIN_USERNAME, password: ADMIN_PASSWORD }, log: started.log, setupCode: null };
  const token = await login(desk);
  await api(desk, 'backup.configure', { folder: usb }, token);
  return { started, desk, token };
}
