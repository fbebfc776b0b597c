import fs from 'node:fs';
import path from 'node:path';
import { api } from '../../../shared/api';
import type { PortalSettings } from '../core-types';
import type { SecretStore } from './secret-store';
import { writeFileDurably } from '../db/write-file-durably';

/** The production portal settings of a data folder, without the password (that is in a SecretStore). */
export interface SavedPortalSettings {
  url: string;
  user: string;
  dstcode: string;
  agencyId: string;
  agencyName: string;
  counter: number;
  savedAt: string;
}

export const PORTAL_SETTINGS_FILE = 'portal-settings.json';

/** The settings file exists but cannot be used; the message names it. */
export class PortalSettingsFileError extends Error {}

const savedShape = api['settings.setPortal'].input.omit({ password: true });

/**
 * Read before the database is opened (the start decides the folder and the portal from it).
 * Null when none is saved; a damaged file is an error naming the file, never silently ignored.
 */
export function readPortalSettingsFile(dir: string): SavedPortalSettings | null {
  const file = path.join(dir, PORTAL_SETTINGS_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let parsed: { savedAt?: unknown } & Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new PortalSettingsFileError(`Tệp thiết lập cổng ${file} bị hỏng (không phải JSON): hãy xóa tệp và nhập lại thiết lập.`);
  }
  const { savedAt, ...rest } = parsed;
  const checked = savedShape.safeParse(rest);
  if (!checked.success) throw new PortalSettingsFileError(`Tệp thiết lập cổng ${file} không hợp lệ: ${checked.error.issues[0]?.message ?? ''}`);
  return { ...checked.data, savedAt: typeof savedAt === 'string' ? savedAt : '' };
}

/** Written whole (temp file, fsync, rename): a crash leaves the old settings or the new ones. */
export function writePortalSettingsFile(dir: string, settings: SavedPortalSettings): void {
  writeFileDurably(path.join(dir, PORTAL_SETTINGS_FILE), JSON.stringify(settings, null, 2) + '\n');
}

/**
 * The portal a production folder starts with: its saved settings and the kept password.
 * `portal` is absent when something is missing (then the desk works offline and `missing` says why).
 */
export function loadSavedPortal(
  dir: string,
  secrets: SecretStore,
): { saved: SavedPortalSettings | null; portal?: PortalSettings; missing?: string } {
  const saved = readPortalSettingsFile(dir);
  if (!saved) return { saved, missing: 'Chưa lưu thiết lập cổng dịch vụ công.' };
  const password = secrets.read();
  if (!password) return { saved, missing: `Chưa có mật khẩu kết nối cổng (${secrets.location}).` };
  return { saved, portal: { url: saved.url, user: saved.user, password, dstcode: saved.dstcode } };
}
