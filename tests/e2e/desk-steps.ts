// What the officer does on screen, shared by the end-to-end specs: sign in, open a dossier from the
// queue, run an action of the detail panel, pick a procedure at intake, and the app's preload faked.
import { expect, type Locator, type Page } from '@playwright/test';
import type { DeskHost } from './fixtures';

/**
 * Signs in on the sign-in screen and waits for the app's frame. `base` prefixes the URL (another host).
 * An account an administrator just created must change its first password: the helper does it on
 * the screen (to `<password>-rieng`), then sets `password` back through the API, so the account
 * keeps the password the test gave it.
 */
export async function signIn(page: Page, username: string, password: string, base = ''): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const frame = page.getByTestId('app-frame');
  const firstPassword = page.getByTestId('first-password-screen');
  await expect(frame.or(firstPassword)).toBeVisible();
  if (await firstPassword.isVisible()) {
    const own = `${password}-rieng`;
    await firstPassword.getByLabel('Mật khẩu được cấp', { exact: true }).fill(password);
    await firstPassword.getByLabel('Mật khẩu mới', { exact: true }).fill(own);
    await firstPassword.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(own);
    await firstPassword.getByRole('button', { name: 'Đổi mật khẩu và bắt đầu làm việc' }).click();
    await expect(frame).toBeVisible();
    const token = await page.evaluate(() => {
      const saved = (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage.getItem('motcua.session');
      return (JSON.parse(saved ?? '{}') as { state?: { token?: string } }).state?.token ?? '';
    });
    const response = await page.request.post(`${base}/api/auth.changePassword`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { currentPassword: own, newPassword: password },
    });
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
  }
}

/** Signs in as the host's administrator. */
export function signInAsAdmin(page: Page, desk: DeskHost): Promise<void> {
  return signIn(page, desk.admin.username, desk.admin.password);
}

export function queueRow(page: Page, code: string): Locator {
  return page.locator(`[data-testid="queue-row"][data-code="${code}"]`);
}

/** Finds a dossier in Hàng đợi by its code and opens its detail panel (returned). */
export async function openInQueue(page: Page, code: string, options: { timeout?: number } = {}): Promise<Locator> {
  await page.goto('/#/queue');
  await page.getByLabel('Tìm hồ sơ', { exact: true }).fill(code);
  await page.keyboard.press('Enter');
  await expect(queueRow(page, code)).toBeVisible(options);
  await queueRow(page, code).click(); // one click opens it
  const detail = page.getByTestId('dossier-detail');
  await expect(detail).toHaveAttribute('data-code', code);
  return detail;
}

/** Actions after which the citizen is handed a form, offered for printing at once. */
const PAPER_AFTER: Record<string, string> = {
  'Từ chối tiếp nhận': 'In phiếu từ chối (Mẫu 03)',
  'Yêu cầu bổ sung': 'In phiếu yêu cầu bổ sung (Mẫu 02)',
  'Hẹn lại ngày trả': 'In văn bản xin lỗi (Mẫu 04)',
  'Rút hồ sơ': 'In thông báo dừng giải quyết (Mẫu 05)',
  'Chuyển xử lý': 'In phiếu kiểm soát (Mẫu 06)',
};

/**
 * Runs an action of the open dossier: its button, the dialog's fields by label, "Xác nhận". After
 * an action with a paper (PAPER_AFTER) the form is offered at once (print focused); this closes it.
 */
export async function doAction(page: Page, action: string, fields: Record<string, string> = {}): Promise<void> {
  await page.getByTestId('dossier-detail').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Xác nhận' }) });
  await expect(dialog).toBeVisible();
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog).toBeHidden();
  const printLabel = PAPER_AFTER[action];
  if (printLabel) await closePaperAfterAction(page, printLabel);
}

/** The form offered right after an action (its print button focused) is left for later: "Đóng". */
export async function closePaperAfterAction(page: Page, printLabel: string): Promise<void> {
  const paper = page.getByTestId('paper-after-action');
  await expect(paper.getByRole('button', { name: printLabel })).toBeFocused();
  await paper.getByRole('button', { name: 'Đóng' }).click();
  await expect(paper).toBeHidden();
}

/** On Tiếp nhận, picks "Đăng ký khai sinh" by typing without diacritics and Enter, as an officer does. */
export async function pickBirthRegistration(page: Page): Promise<void> {
  const picker = page.getByLabel('Thủ tục', { exact: true });
  await picker.click();
  await picker.fill('dang ky khai sinh');
  // The best match is active first (diacritics-insensitive search); Enter picks it.
  await expect(page.getByRole('option', { name: '1.001193 · Đăng ký khai sinh', exact: true })).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('intake-screen')).toContainText('Đăng ký khai sinh');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0); // the list has closed
  // The officer sees the procedure's checklist before saving.
  await expect(page.getByRole('table', { name: 'Thành phần hồ sơ' })).toBeVisible();
}

export interface FakeBridgeOptions {
  /** What `desk.printers()` lists. */
  printers?: Array<{ name: string; displayName: string; isDefault: boolean }>;
  /** A paper size already chosen on this machine (localStorage `motcua.print.paper`). */
  paper?: string;
  /** What `desk.setupCode()` answers (the first-run code the main process hands its window). */
  setupCode?: string | null;
}

/**
 * The app's preload (`window.desk`), faked before the page loads: calls go to this test's host over
 * HTTP, `desk.print` records its options in `globalThis.__printed` and answers "Đã gửi lệnh in.".
 */
export async function fakeAppBridge(page: Page, options: FakeBridgeOptions = {}): Promise<void> {
  await page.addInitScript(({ printers, paper, setupCode }) => {
    const g = globalThis as unknown as {
      __printed: unknown[];
      __printedText: string[];
      desk: unknown;
      localStorage: { setItem(k: string, v: string): void };
      document: { querySelector(selector: string): { textContent: string | null } | null };
    };
    g.__printed = [];
    g.__printedText = [];
    if (paper) g.localStorage.setItem('motcua.print.paper', paper);
    g.desk = {
      platform: 'win32',
      async invoke(method: string, input: unknown, token: string | null) {
        const response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(input ?? {}),
        });
        return response.json();
      },
      onEvent: () => () => {},
      printers: async () => printers,
      async print(printOptions: unknown) {
        g.__printed.push(printOptions);
        g.__printedText.push(g.document.querySelector('.mc-print-host')?.textContent ?? '');
        return { ok: true, message: 'Đã gửi lệnh in.' };
      },
      relaunch: async () => ({ ok: true, message: '' }),
      setupCode: async () => setupCode,
    };
  }, { printers: options.printers ?? [], paper: options.paper ?? null, setupCode: options.setupCode ?? null });
}

/** What the faked bridge was asked to print so far. */
export function printed(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (globalThis as unknown as { __printed: unknown[] }).__printed);
}

/** The text of each document the fake bridge was asked to print, in order. */
export function printedText(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { __printedText: string[] }).__printedText);
}
