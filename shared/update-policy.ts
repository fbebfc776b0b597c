/**
 * When the app looks for an update and when it may install one. Pure: the Electron layer feeds it
 * the facts (the clock, the last check, whether a cash session is open or an intake unsaved) and
 * does what it answers with electron-updater.
 *
 * - An update server is the province's own (generic provider); no address means no updates.
 * - Checked at start and every 6 hours; downloaded in the background.
 * - Installed only as the app quits, and never while a cash session is open or an intake is not
 *   saved: an officer must never lose a till or a half-typed dossier to an update.
 */
import { isSecureOrLoopback, urlHead } from './url-head';

export const UPDATE_CHECK_EVERY_MS = 6 * 60 * 60 * 1000;

/** The update server's address: empty (no updates), https://, or http:// to this machine (a test server). */
export function updateUrlProblem(text: string): string | null {
  if (text.trim() === '') return null;
  const head = urlHead(text);
  if (!head) return 'Địa chỉ máy chủ cập nhật không hợp lệ: phải là địa chỉ đầy đủ, ví dụ https://capnhat.tinh.gov.vn/motcua/.';
  if (isSecureOrLoopback(head)) return null;
  return 'Địa chỉ máy chủ cập nhật phải dùng https:// (bản cập nhật phải đến nguyên vẹn từ đúng máy chủ của tỉnh).';
}

export interface UpdateCheckState {
  /** The update server's address ('' = updates off). */
  url: string;
  /** When the last check started (ISO UTC), or null before the first this run. */
  lastCheckAt: string | null;
  /** A check is running now. */
  checking: boolean;
}

/** Whether to check now: updates on, none running, and none yet this run or the last 6 hours ago. */
export function shouldCheckForUpdate(state: UpdateCheckState, now: Date): boolean {
  if (state.url.trim() === '' || state.checking) return false;
  if (state.lastCheckAt === null) return true;
  return now.getTime() - Date.parse(state.lastCheckAt) >= UPDATE_CHECK_EVERY_MS;
}

export interface InstallFacts {
  /** An update has been downloaded and verified by electron-updater. */
  downloaded: boolean;
  /** Cash sessions open on this desk. */
  openCashSessions: number;
  /** The intake screen holds typed data not yet saved. */
  unsavedIntake: boolean;
}

export type InstallDecision = { install: true } | { install: false; reason: string | null };

/** At quit: install the downloaded update, or say why it waits for the next quit. */
export function installOnQuit(facts: InstallFacts): InstallDecision {
  if (!facts.downloaded) return { install: false, reason: null };
  if (facts.openCashSessions > 0) return { install: false, reason: 'Còn phiên thu tiền chưa đóng: bản cập nhật sẽ được cài lần thoát sau.' };
  if (facts.unsavedIntake) return { install: false, reason: 'Còn hồ sơ đang tiếp nhận chưa lưu: bản cập nhật sẽ được cài lần thoát sau.' };
  return { install: true };
}
