// Digitising a dossier's components in Chromium: a three-page PDF through the file chooser (pages
// drawn with pdf.js), a photo dropped onto another component, a refused file, the preview, pages
// reordered and turned by keyboard and saved (checked in the stored PDF), and a webcam capture.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { test, expect, type DeskHost } from './fixtures';
import { api, login, receiveDossier } from './desk-api';
import { openInQueue, pickBirthRegistration, signInAsAdmin } from './desk-steps';

const PROCEDURE = '1.001193';

interface Listed {
  id: string;
  componentCode: string;
  sha256: string;
  pages: number;
}

/** Three pages anyone can tell apart: sizes (A4 portrait, A5, A4 landscape) and colours (red, green, blue). */
const PAGES = [
  { size: [595, 842] as [number, number], colour: rgb(0.85, 0.2, 0.2), label: 'TRANG 1' },
  { size: [420, 595] as [number, number], colour: rgb(0.2, 0.65, 0.3), label: 'TRANG 2' },
  { size: [842, 595] as [number, number], colour: rgb(0.2, 0.35, 0.85), label: 'TRANG 3' },
];

async function threePagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const { size, colour, label } of PAGES) {
    const page = doc.addPage(size);
    page.drawRectangle({ x: 30, y: 30, width: size[0] - 60, height: size[1] - 60, color: colour });
    page.drawText(label, { x: 60, y: size[1] / 2, size: 48, font, color: rgb(1, 1, 1) });
  }
  return Buffer.from(await doc.save());
}

async function pageSizes(desk: DeskHost, token: string, id: string): Promise<Array<{ width: number; height: number; rotation: number }>> {
  const { pdfBase64 } = await api<{ pdfBase64: string }>(desk, 'attachments.content', { id }, token);
  const doc = await PDFDocument.load(Buffer.from(pdfBase64, 'base64'));
  return doc.getPages().map((p) => ({ width: Math.round(p.getWidth()), height: Math.round(p.getHeight()), rotation: p.getRotation().angle }));
}

/** A birth registration received through the API, every component present and nothing digitised yet. */
async function receiveBirthRegistration(desk: DeskHost) {
  const token = await login(desk);
  const received = await receiveDossier(desk, token, {
    procedureCode: PROCEDURE,
    applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang, Phường Tân Phong, Lai Châu' },
  });
  return { token, ...received };
}

/** Signs in as the admin and opens the dossier from the queue; its attachments panel. */
async function openDossier(page: Page, desk: DeskHost, code: string) {
  await signInAsAdmin(page, desk);
  await openInQueue(page, code);
  return page.getByTestId('attachments-panel');
}

// Chromium's fake camera (a moving test pattern) stands in for the counter's webcam, with no prompt.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

const list = (desk: DeskHost, token: string, dossierId: string) => api<Listed[]>(desk, 'attachments.list', { dossierId }, token);

test('a three-page PDF through the file chooser: thumbnails, preview, pages reordered and turned, saved in the stored PDF', async ({ page, desk }, testInfo) => {
  const problems: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
  page.on('pageerror', (e) => void problems.push(e.message));
  const { token, dossier, components } = await receiveBirthRegistration(desk);
  const panel = await openDossier(page, desk, dossier.code);
  const first = panel.locator(`[data-testid="attachment-row"][data-component="${components[0]!.code}"]`);
  const second = panel.locator(`[data-testid="attachment-row"][data-component="${components[1]!.code}"]`);
  // The ID card only shown (xuất trình) is not counted among the papers to digitise.
  const toDigitise = components.filter((c) => !c.name.endsWith('(xuất trình)')).length;
  expect(toDigitise).toBe(components.length - 1);
  await expect(panel.getByTestId('attachments-count')).toHaveText(`Đã số hoá 0/${toDigitise} thành phần`);

  // A file that is not what its name says is refused next to the component, in Vietnamese; nothing is stored.
  await first.getByTestId('attachment-file-input').setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: Buffer.from('đây không phải tệp PDF') });
  await expect(first.getByRole('alert')).toContainText('Không nhận tệp "to-khai.pdf": Loại tệp không được hỗ trợ: chỉ nhận PDF, JPEG, PNG hoặc TIFF.');
  expect(await list(desk, token, dossier.id)).toEqual([]);

  // The real file through the chooser, as the officer clicks "Chọn tệp…".
  const chooser = page.waitForEvent('filechooser');
  await first.getByRole('button', { name: 'Chọn tệp…' }).click();
  await (await chooser).setFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: await threePagePdf() });
  await expect(first).toHaveAttribute('data-pages', '3');
  await expect(first.getByRole('alert')).toHaveCount(0);
  await expect(first.getByTestId('attachment-facts')).toContainText('3 trang');
  // The training portal takes it within moments, and the open panel says so without a reload.
  await expect(first.getByTestId('attachment-facts')).toContainText('Đã gửi lên cổng', { timeout: 15_000 });
  // Pages of an imported PDF have no thumbnail from the core: pdf.js draws all three in the renderer.
  const thumbs = first.getByTestId('thumbnail-strip').locator('img.attachments-page-img');
  await expect(thumbs).toHaveCount(3);
  const shapes = await thumbs.evaluateAll((imgs) => imgs.map((img) => ((img as unknown as { naturalWidth: number }).naturalWidth > (img as unknown as { naturalHeight: number }).naturalHeight ? 'ngang' : 'dọc')));
  expect(shapes).toEqual(['dọc', 'dọc', 'ngang']);

  // A photo dropped onto the second component becomes its first page.
  const photo = await sharp({ create: { width: 900, height: 1200, channels: 3, background: { r: 240, g: 200, b: 60 } } }).png().toBuffer();
  const dataTransfer = await page.evaluateHandle(
    `(() => { const dt = new DataTransfer(); const bytes = Uint8Array.from(atob('${photo.toString('base64')}'), (c) => c.charCodeAt(0)); dt.items.add(new File([bytes], 'giay-chung-sinh.png', { type: 'image/png' })); return dt; })()`,
  );
  await second.dispatchEvent('dragover', { dataTransfer });
  await expect(second).toHaveClass(/is-drag-over/);
  await second.dispatchEvent('drop', { dataTransfer });
  await expect(second).toHaveAttribute('data-pages', '1');
  await expect(second.getByTestId('thumbnail-strip').locator('img.attachments-page-img')).toHaveCount(1);
  await expect(panel.getByTestId('attachments-count')).toHaveText(`Đã số hoá 2/${toDigitise} thành phần`);
  await page.screenshot({ path: testInfo.outputPath('attachments-panel.png'), fullPage: true });

  // The large preview, page by page with the arrow keys; on a 1366x768 screen the whole page and
  // the page buttons are in the window.
  await page.setViewportSize({ width: 1366, height: 768 });
  await first.getByRole('button', { name: 'Xem trang 1' }).click();
  const preview = page.getByTestId('page-preview');
  await expect(preview.locator('img')).toBeVisible();
  for (const part of [preview.locator('img'), page.getByRole('button', { name: 'Trang sau →' })]) {
    await expect(part).toBeInViewport({ ratio: 1 });
  }
  await expect(preview).toBeFocused(); // ← and → work at once
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: `${components[0]!.name}: trang 2/3` })).toBeVisible();
  await expect(preview.locator('img')).toHaveAttribute('data-page', '2');
  await page.screenshot({ path: testInfo.outputPath('attachments-preview.png') });
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);

  // Reorder by keyboard: page 3 to the front (Ctrl+←, twice), then turn the old page 1 (R) and save (Ctrl+Enter).
  const before = (await list(desk, token, dossier.id)).find((a) => a.componentCode === components[0]!.code)!;
  await first.getByRole('button', { name: 'Sắp xếp trang…' }).click();
  const editor = page.getByTestId('page-editor');
  await expect(editor.locator('img')).toHaveCount(3);
  await expect(editor.locator('li').first()).toBeFocused(); // the keys work at once
  await page.keyboard.press('End');
  await page.keyboard.press('Control+ArrowLeft');
  await page.keyboard.press('Control+ArrowLeft');
  await expect(editor.locator('li')).toHaveCount(3);
  expect(await Promise.all([0, 1, 2].map((i) => editor.locator('li').nth(i).getAttribute('data-source')))).toEqual(['3', '1', '2']);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  await expect(editor.locator('li').nth(1)).toHaveAttribute('data-turn', '90');
  await page.screenshot({ path: testInfo.outputPath('attachments-editor.png') });
  await page.keyboard.press('Control+Enter');
  await expect(editor).toHaveCount(0);
  await expect(page.getByText('Đã lưu thứ tự trang.')).toBeVisible();

  // The stored PDF has the new order (told apart by size) and the turn; it is a new version.
  const after = (await list(desk, token, dossier.id)).find((a) => a.componentCode === components[0]!.code)!;
  expect(after.id).not.toBe(before.id);
  expect(after.sha256).not.toBe(before.sha256);
  expect(await pageSizes(desk, token, after.id)).toEqual([
    { width: 842, height: 595, rotation: 0 },
    { width: 595, height: 842, rotation: 90 },
    { width: 420, height: 595, rotation: 0 },
  ]);
  // The strip shows the new order: the landscape page first, the turned A4 now lying down.
  const stripAfter = first.getByTestId('thumbnail-strip').locator('img.attachments-page-img');
  await expect(stripAfter).toHaveCount(3);
  expect(await stripAfter.evaluateAll((imgs) => imgs.map((img) => ((img as unknown as { naturalWidth: number }).naturalWidth > (img as unknown as { naturalHeight: number }).naturalHeight ? 'ngang' : 'dọc')))).toEqual([
    'ngang',
    'ngang',
    'dọc',
  ]);
  await page.screenshot({ path: testInfo.outputPath('attachments-reordered.png'), fullPage: true });

  // Removing the whole file asks first.
  await second.getByRole('button', { name: 'Xoá tệp' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Không xoá' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(second).toHaveAttribute('data-pages', '0');
  expect((await list(desk, token, dossier.id)).map((a) => a.componentCode)).toEqual([components[0]!.code]);
  // pdf.js ran under the host's strict CSP: its worker from the app's files, no eval, nothing refused.
  expect(problems.filter((p) => /Content Security Policy|pdf|worker|MIME/i.test(p))).toEqual([]);
});

test.describe('webcam', () => {
  test('a photo of an ID card taken with the webcam becomes a page of the component', async ({ page, desk }, testInfo) => {
    const { token, dossier, components } = await receiveBirthRegistration(desk);
    const panel = await openDossier(page, desk, dossier.code);
    const row = panel.locator(`[data-testid="attachment-row"][data-component="${components[0]!.code}"]`);
    await row.getByRole('button', { name: 'Chụp ảnh…' }).click();
    const dialog = page.getByTestId('webcam-dialog');
    await expect(dialog.locator('video')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('button', { name: 'Chụp (Space)' })).toBeEnabled();
    await page.screenshot({ path: testInfo.outputPath('webcam-live.png') });
    await page.getByRole('button', { name: 'Chụp (Space)' }).click();
    await expect(dialog).toContainText('Đã thêm ảnh vào thành phần (1 trang)');
    // The back of the card: Space takes another.
    await dialog.locator('video').click();
    await page.keyboard.press('Space');
    await expect(dialog).toContainText('(2 trang)');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(row).toHaveAttribute('data-pages', '2');
    await expect(row.getByTestId('thumbnail-strip').locator('img.attachments-page-img')).toHaveCount(2);
    const stored = await list(desk, token, dossier.id);
    expect(stored).toEqual([expect.objectContaining({ componentCode: components[0]!.code, pages: 2 })]);
    const thumb = await api<{ pngBase64: string | null }>(desk, 'attachments.thumbnail', { id: stored[0]!.id, page: 1 }, token);
    expect(thumb.pngBase64).not.toBeNull();
    await page.screenshot({ path: testInfo.outputPath('webcam-attached.png'), fullPage: true });
  });
});

test.describe('scanner', () => {
  // SANE's "test" backend (sane-utils), enabled by a dll.conf naming it, drives scanimage like a real device.
  const hasScanimage = spawnSync('scanimage', ['--version']).error === undefined;
  let saneConfig = '';
  let previous: string | undefined;
  test.beforeAll(() => {
    previous = process.env.SANE_CONFIG_DIR;
    saneConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-sane-'));
    fs.writeFileSync(path.join(saneConfig, 'dll.conf'), 'test\n');
    process.env.SANE_CONFIG_DIR = saneConfig; // the host started for the test inherits it
  });
  test.afterAll(() => {
    if (previous === undefined) delete process.env.SANE_CONFIG_DIR;
    else process.env.SANE_CONFIG_DIR = previous;
    fs.rmSync(saneConfig, { recursive: true, force: true });
  });

  test('a page scanned from the flatbed in grey goes into the component, with progress', async ({ page, desk }, testInfo) => {
    test.skip(!hasScanimage, 'scanimage (sane-utils) is not installed');
    const { token, dossier, components } = await receiveBirthRegistration(desk);
    const panel = await openDossier(page, desk, dossier.code);
    const row = panel.locator(`[data-testid="attachment-row"][data-component="${components[0]!.code}"]`);
    await row.getByRole('button', { name: 'Quét…' }).click();
    const dialog = page.getByTestId('scan-dialog');
    await expect(dialog.locator('.ant-select-content, .ant-select-selection-item').first()).toContainText('(SANE)', { timeout: 15_000 });
    await dialog.getByRole('radio', { name: 'Mặt kính' }).check({ force: true });
    await dialog.getByRole('radio', { name: 'Xám' }).check({ force: true });
    await page.getByRole('button', { name: 'Quét (Enter)' }).click();
    await expect(dialog.getByRole('status').first()).toBeVisible();
    await expect(dialog).toContainText('Đã quét xong. Thành phần có 1 trang.', { timeout: 30_000 });
    await page.screenshot({ path: testInfo.outputPath('scan-done.png') });
    await page.keyboard.press('Escape');
    await expect(row).toHaveAttribute('data-pages', '1');
    await expect(row.getByTestId('thumbnail-strip').locator('img.attachments-page-img')).toHaveCount(1);
    expect(await list(desk, token, dossier.id)).toEqual([expect.objectContaining({ componentCode: components[0]!.code, pages: 1 })]);
  });
});

test('right after an intake is saved, the officer digitises its components on the same screen', async ({ page, desk }, testInfo) => {
  await signInAsAdmin(page, desk);
  await page.goto('/#/intake');
  await pickBirthRegistration(page);
  await page.getByLabel('Họ và tên', { exact: true }).fill('Lò Thị Mai');
  await page.getByLabel('Địa chỉ', { exact: true }).fill('Bản Lang, Phường Tân Phong, Lai Châu');
  const boxes = page.getByRole('table', { name: 'Thành phần hồ sơ' }).getByRole('checkbox');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('intake-result')).toBeVisible();

  const panel = page.getByTestId('attachments-panel');
  await expect(panel.getByTestId('attachment-row')).toHaveCount(4);
  const row = panel.getByTestId('attachment-row').first();
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 70, g: 120, b: 200 } } }).jpeg().toBuffer();
  await row.getByTestId('attachment-file-input').setInputFiles({ name: 'cccd.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(row).toHaveAttribute('data-pages', '1');
  await expect(row.getByTestId('thumbnail-strip').locator('img.attachments-page-img')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('intake-digitise.png'), fullPage: true });
});
