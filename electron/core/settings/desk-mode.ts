import fs from 'node:fs';
import path from 'node:path';

export type DeskMode = 'training' | 'production';

const MODE_FILE = 'desk-mode.json';

export class DeskModeError extends Error {}

/**
 * Training and production never share a data folder: a fresh folder without a portal is a
 * training folder (with the embedded training portal); one first started with a real portal is
 * a production folder, which never falls back to training (without a portal it stays offline).
 */
export function resolveDeskMode(dataDir: string, hasPortal: boolean): DeskMode {
  const file = path.join(dataDir, MODE_FILE);
  let mode: DeskMode | null = null;
  if (fs.existsSync(file)) {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { mode?: string };
    if (parsed.mode === 'training' || parsed.mode === 'production') mode = parsed.mode;
  }
  if (mode === 'training' && hasPortal) {
    throw new DeskModeError(
      `Thư mục dữ liệu ${dataDir} là thư mục tập huấn: không dùng cho cổng dịch vụ công thật. Hãy chọn một thư mục dữ liệu khác cho môi trường chính thức.`,
    );
  }
  if (!mode) {
    mode = hasPortal ? 'production' : 'training';
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ mode, since: new Date().toISOString() }) + '\n');
  }
  return mode;
}

/**
 * Makes a folder a production folder before anything else uses it (the app's separate production
 * folder, when the admin saves a real portal). A training folder is never turned into one.
 */
export function markProductionFolder(dataDir: string): void {
  const file = path.join(dataDir, MODE_FILE);
  if (fs.existsSync(file)) {
    resolveDeskMode(dataDir, true); // throws for a training folder; a production one stays
    return;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ mode: 'production', since: new Date().toISOString() }) + '\n');
}
