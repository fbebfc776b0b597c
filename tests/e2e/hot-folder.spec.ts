// The hot folder of a scan-to-folder printer, seen by the officer: a scanned file appears on the
// component rows by itself, "Đưa vào thành phần này" attaches it and moves it to "đã nhận", and a
// bad file stays with its refusal shown.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { test, expect } from './fixtures';
import { api, login, receiveDossier } from './desk-api';
import { openInQueue, signInAsAdmin } from './desk-steps';

const PROCEDURE = '1.001193';

test('a scanned file in the hot folder is offered on the component rows and taken into the one the officer chooses', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const { dossier, components } = await receiveDossier(desk, token, {
    procedureCode: PROCEDURE,
    applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang, Phường Tân Phong, Lai Châu' },
  });
  const scans = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-scan-'));
  try {
    await signInAsAdmin(page, desk);

    // The administrator points the desk at the printer's folder in Cài đặt; a wrong path is explained.
    await page.goto('/#/settings/digitising');
    const settings = page.getByTestId('digitising-settings');
    const folderField = settings.getByLabel('Thư mục quét (máy quét, máy in đa năng lưu tệp vào thư mục)');
    await folderField.fill(path.join(scans, 'khong-co'));
    await settings.getByRole('button', { name: 'Lưu thư mục quét' }).click();
    // The refusal shows under the field it is about.
    await expect(settings.locator('.ant-form-item-explain-error')).toContainText('Không tìm thấy thư mục');
    expect(await api<{ path: string | null }>(desk, 'attachments.hotFolderState', {}, token)).toMatchObject({ path: null });
    await folderField.fill(scans);
    await settings.getByRole('button', { name: 'Lưu thư mục quét' }).click();
    await expect(page.getByText('Đã đặt thư mục quét.')).toBeVisible();
    expect(await api<{ path: string | null }>(desk, 'attachments.hotFolderState', {}, token)).toMatchObject({ path: scans });
    await settings.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('hot-folder-settings.png'), fullPage: true });
    await openInQueue(page, dossier.code);
    const panel = page.getByTestId('attachments-panel');
    const second = panel.locator(`[data-testid="attachment-row"][data-component="${components[1]!.code}"]`);
    await expect(second).toBeVisible();
    // Nothing in the folder: no button on the rows.
    await expect(panel.getByTestId('hot-folder-button')).toHaveCount(0);

    // The printer drops a scan and a file the desk cannot read; the screen updates by itself (pushed event).
    const scan = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: { r: 250, g: 250, b: 245 } } })
      .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="400"><text x="100" y="200" font-size="90" fill="#111">GIẤY CHỨNG SINH</text></svg>'), top: 200, left: 0 }])
      .jpeg()
      .toBuffer();
    fs.writeFileSync(path.join(scans, 'SCAN_0001.jpg'), scan);
    fs.writeFileSync(path.join(scans, 'SCAN_0002.jpg'), Buffer.concat([scan.subarray(0, 3000), Buffer.alloc(4000, 7)]));
    const button = second.getByTestId('hot-folder-button');
    await expect(button).toContainText('Thư mục quét 2', { timeout: 10_000 });
    await expect(panel.getByTestId('hot-folder-button')).toHaveCount(components.length);

    await button.click();
    const offers = page.getByTestId('hot-folder-offers');
    await expect(offers.getByTestId('hot-folder-offer')).toHaveCount(2);
    const broken = offers.getByTestId('hot-folder-offer').filter({ hasText: 'SCAN_0002.jpg' });
    await broken.getByRole('button', { name: 'Đưa vào thành phần này' }).click();
    await expect(broken).toContainText('Không nhận được: Tệp bị hỏng hoặc không đọc được.');
    await expect(broken.getByRole('button')).toHaveCount(0); // the same bytes would be refused again
    await page.screenshot({ path: testInfo.outputPath('hot-folder-offers.png'), fullPage: true });

    const good = offers.getByTestId('hot-folder-offer').filter({ hasText: 'SCAN_0001.jpg' });
    await good.getByRole('button', { name: 'Đưa vào thành phần này' }).click();
    await expect(second).toHaveAttribute('data-pages', '1');
    await expect(second.getByTestId('thumbnail-strip').locator('img.attachments-page-img')).toHaveCount(1);
    await expect(button).toContainText('Thư mục quét 1');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: testInfo.outputPath('hot-folder-taken.png'), fullPage: true });

    // In the dossier, moved to "đã nhận"; the refused file stays where the printer put it.
    const listed = await api<Array<{ componentCode: string; fileName: string; pages: number }>>(desk, 'attachments.list', { dossierId: dossier.id }, token);
    expect(listed).toEqual([expect.objectContaining({ componentCode: components[1]!.code, fileName: 'SCAN_0001.jpg', pages: 1 })]);
    expect(fs.readdirSync(scans).sort()).toEqual(['SCAN_0002.jpg', 'đã nhận']);
    expect(fs.readdirSync(path.join(scans, 'đã nhận'))).toEqual(['SCAN_0001.jpg']);
  } finally {
    fs.rmSync(scans, { recursive: true, force: true });
  }
});

test('a slow load of Số hoá hồ sơ never replaces the folder the administrator types, nor clears its refusal', async ({ page, desk }) => {
  // On a loaded machine the saved settings may arrive after the page shows: the answer is held back here.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/attachments.hotFolderState', async (route) => {
    await held;
    await route.continue();
  });
  await signInAsAdmin(page, desk);
  await page.goto('/#/settings/digitising');
  const settings = page.getByTestId('digitising-settings');
  const folderField = settings.getByLabel('Thư mục quét (máy quét, máy in đa năng lưu tệp vào thư mục)');
  // Until the saved values are in, nothing can be typed or saved.
  await expect(folderField).toBeDisabled();
  await expect(settings.getByRole('button', { name: 'Lưu thư mục quét' })).toBeDisabled();
  release();
  const missing = path.join(os.tmpdir(), 'motcua-khong-co-thu-muc');
  await folderField.fill(missing);
  await settings.getByRole('button', { name: 'Lưu thư mục quét' }).click();
  await expect(settings.locator('.ant-form-item-explain-error')).toContainText('Không tìm thấy thư mục');
  await expect(folderField).toHaveValue(missing);
  await expect(page.getByText('Đã tắt thư mục quét.')).toHaveCount(0);
});
