// The citizen display (issue 19) with two pages: the officer's Tiếp nhận at 1366×768 and the
// citizen's #/citizen at 1024×600, opened from "Màn hình công dân". The display follows the intake
// as it is typed (the ID number masked to its last 4 digits), shows the dossier's code and the QR
// code of its tracking address after the save, and takes the citizen's rating after the hand-over.
// Each state is a screenshot; no console error, no failed request on either page.
import { test, expect } from './fixtures';
import { api, login } from './desk-api';
import { pickBirthRegistration, signInAsAdmin } from './desk-steps';
import { watchPageProblems } from './page-problems';

test.use({ viewport: { width: 1366, height: 768 } });

const TRACKING = 'https://dichvucong.laichau.gov.vn/tra-cuu-ho-so?ma={code}';

test('the citizen display follows an intake live, then shows the code and QR, then takes a rating after the hand-over', async ({ page, context, desk }, testInfo) => {
  const token = await login(desk);
  await signInAsAdmin(page, desk);
  // Cài đặt → Chung (admin): the tracking address, refused without {code}.
  await page.goto('/#/settings');
  const settings = page.getByTestId('tracking-url-settings');
  const address = settings.getByLabel('Địa chỉ tra cứu hồ sơ');
  await address.fill('https://dichvucong.laichau.gov.vn/tra-cuu');
  await settings.getByRole('button', { name: 'Lưu địa chỉ tra cứu' }).click();
  await expect(settings).toContainText('Địa chỉ tra cứu phải chứa {code} ở chỗ mã hồ sơ.');
  await address.fill(TRACKING);
  await settings.getByRole('button', { name: 'Lưu địa chỉ tra cứu' }).click();
  await expect(page.getByText('Đã lưu địa chỉ tra cứu hồ sơ.')).toBeVisible();
  expect(await api(desk, 'display.settings', {}, token)).toEqual({ trackingUrl: TRACKING });
  const officerProblems = watchPageProblems(page);
  await page.goto('/#/intake');

  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Màn hình công dân' }).click();
  const citizen = await popup;
  const citizenProblems = watchPageProblems(citizen);
  await citizen.setViewportSize({ width: 1024, height: 600 });
  const display = citizen.getByTestId('citizen-display');
  await expect(display.locator('[data-state="idle"]')).toBeVisible();
  // The token left the address bar once read.
  expect(citizen.url()).not.toContain('token=');
  await citizen.screenshot({ path: testInfo.outputPath('citizen-1-idle.png') });

  // The intake as it is typed.
  await pickBirthRegistration(page);
  await page.getByLabel('Họ và tên', { exact: true }).fill('Lò Thị Mai');
  await page.getByLabel('Số giấy tờ', { exact: true }).fill('012090001234');
  await page.getByLabel('Địa chỉ', { exact: true }).fill('Bản Lang, Phường Tân Phong');
  await page.getByLabel('Họ và tên', { exact: true }).focus();
  await page.keyboard.press('Alt+D'); // ticks the required components
  await expect(display.getByTestId('citizen-procedure')).toHaveText('Đăng ký khai sinh');
  await expect(display.getByTestId('citizen-name')).toHaveText('Lò Thị Mai');
  await expect(display.getByTestId('citizen-id')).toHaveText('••••••••1234');
  await expect(display.getByTestId('citizen-fee')).toHaveText('Miễn phí');
  await expect(display.getByTestId('citizen-due')).toContainText(/ngày \d{2}\/\d{2}\/\d{4}/);
  await expect(display.getByTestId('citizen-components').getByRole('listitem').first()).toBeVisible();
  await expect(page.getByTestId('citizen-mirror')).toContainText('Lò Thị Mai');
  await citizen.screenshot({ path: testInfo.outputPath('citizen-2-intake.png') });
  await page.screenshot({ path: testInfo.outputPath('officer-intake-with-mirror.png') });

  // The officer shows the number whole when the citizen asks.
  await page.getByRole('checkbox', { name: 'Hiện đủ số giấy tờ' }).check();
  await expect(display.getByTestId('citizen-id')).toHaveText('012090001234');
  await page.getByRole('checkbox', { name: 'Hiện đủ số giấy tờ' }).uncheck();
  await expect(display.getByTestId('citizen-id')).toHaveText('••••••••1234');

  // Saved: the code and the QR code of the tracking address; the citizen's data are gone.
  await page.keyboard.press('Control+Enter');
  const code = (await page.getByTestId('intake-code').textContent())!.trim();
  await expect(display.getByTestId('citizen-code')).toHaveText(code);
  const qr = display.getByTestId('citizen-qr');
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute('data-url', TRACKING.replace('{code}', encodeURIComponent(code)));
  expect(await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThanOrEqual(300);
  await expect(display).not.toContainText('Lò Thị Mai');
  await expect(display).not.toContainText('1234');
  await citizen.screenshot({ path: testInfo.outputPath('citizen-3-saved.png') });

  // Handed over (through the API, as the same officer): the display asks for a rating.
  const { id } = (await api<{ items: Array<{ id: string; code: string }> }>(desk, 'dossiers.list', {}, token)).items.find((d) => d.code === code)!;
  await api(desk, 'dossiers.handOff', { id }, token);
  await api(desk, 'dossiers.markProcessed', { id }, token);
  await api(desk, 'dossiers.handOver', { id, collectedBy: { fullName: 'Lò Thị Mai' } }, token);
  await expect(display.locator('[data-state="rating"]')).toBeVisible();
  await expect(display).toContainText(`Hồ sơ ${code} · đã trả kết quả`);
  await expect(display.getByRole('button', { name: 'Hài lòng', exact: true })).toBeVisible();
  await citizen.screenshot({ path: testInfo.outputPath('citizen-4-rating.png') });

  await display.getByRole('button', { name: 'Không hài lòng' }).click();
  await display.getByLabel('Phải chờ lâu').check();
  await citizen.screenshot({ path: testInfo.outputPath('citizen-5-reasons.png') });
  await display.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(display.locator('[data-state="thanks"]')).toBeVisible();
  await citizen.screenshot({ path: testInfo.outputPath('citizen-6-thanks.png') });
  const again = await fetch(`${desk.url}/api/ratings.record`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ dossierId: id, score: 'satisfied' }),
  });
  expect(((await again.json()) as { error: { code: string } }).error.code).toBe('CONFLICT');

  expect(officerProblems.list()).toEqual([]);
  expect(citizenProblems.list()).toEqual([]);

  // Closed from the officer's screen: the display's next read is refused and it says so.
  await page.getByRole('button', { name: 'Đóng màn hình công dân' }).click();
  await expect(page.getByRole('button', { name: 'Màn hình công dân' })).toBeVisible();
  await expect(display).toContainText('Màn hình công dân đã đóng');
  await citizen.screenshot({ path: testInfo.outputPath('citizen-7-closed.png') });
  expect(officerProblems.list()).toEqual([]);
  // The one refusal that tells the display it was closed (401 on its read, and the browser's line for it).
  expect(citizenProblems.list().filter((p) => !/401/.test(p))).toEqual([]);
});
