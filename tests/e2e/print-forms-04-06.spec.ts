// The forms of a dossier after intake, as the citizen and the back office get them: Mẫu 04 apology
// and new date, Mẫu 05 stop notice, Mẫu 06 control sheet. Each is rendered to PDF in Chromium and
// read back, and offered on screen right after the action that calls for it.
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { api, controlPortal, login, receiveCertifiedCopy } from './desk-api';
import { fakeAppBridge, openInQueue, printed, printedText, signInAsAdmin } from './desk-steps';
import { watchPageProblems, type PageProblems } from './page-problems';
import { inWords, printToPdf, shortTime } from './print-steps';

/** The page's problems, but the event stream of the page left behind when the print route is opened (cut off by the navigation). */
function problemsOf(problems: PageProblems): string[] {
  return problems.list().filter((line) => !/^request failed: \S+\/api\/events\?\S+ net::ERR_ABORTED$/.test(line));
}

interface Detail {
  id: string;
  code: string;
  receivedAt: string;
  dueAt: string;
  handOffDueAt: string;
  history: Array<{ action: string; at: string; dueAt: string | null }>;
}

/** Prints a route to PDF (attached to the report with a picture of the page, to look at) and returns its text and page count. */
async function printAndLook(page: Page, testInfo: TestInfo, hash: string, name: string): Promise<{ text: string; pages: number }> {
  const file = testInfo.outputPath(`${name}.pdf`);
  const printedPdf = await printToPdf(page, hash, file);
  await testInfo.attach(`${name}.pdf`, { path: file, contentType: 'application/pdf' });
  const picture = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: picture, fullPage: true });
  await testInfo.attach(`${name}.png`, { path: picture, contentType: 'image/png' });
  return printedPdf;
}

/**
 * The form offered right after an action: its print button focused, a picture of the offer, Enter
 * prints it (through the faked app bridge). The text of what went to the printer.
 */
async function printOffered(page: Page, testInfo: TestInfo, printLabel: string, name: string): Promise<string> {
  const paper = page.getByTestId('paper-after-action');
  await expect(paper.getByRole('button', { name: printLabel })).toBeFocused();
  await page.waitForTimeout(300); // the dialog's opening animation
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  const before = (await printed(page)).length;
  await page.keyboard.press('Enter');
  await expect(paper).toBeHidden();
  await expect.poll(() => printed(page)).toHaveLength(before + 1);
  return (await printedText(page))[before]!;
}

/** An action of the open dossier that asks for a reason: its button, "Lý do", "Xác nhận". */
async function confirmWithReason(page: Page, action: string, reason: string): Promise<void> {
  await page.getByTestId('dossier-detail').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByTestId('action-dialog');
  await dialog.getByLabel('Lý do', { exact: true }).fill(reason);
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
}

/** The panel's reprint button: the text of what went to the printer. */
async function reprint(page: Page, printLabel: string): Promise<string> {
  const before = (await printed(page)).length;
  await page.getByTestId('dossier-detail').getByRole('button', { name: printLabel }).click();
  await expect.poll(() => printed(page)).toHaveLength(before + 1);
  return (await printedText(page))[before]!;
}

/** What a letter to the applicant (Mẫu 04, 05) always says: the heading, to whom about which dossier received when, the head of the agency's signature block, the template version. */
function expectLetter(text: string, letter: { form: string; title: string; code: string; applicant: string; receivedAt: string }): void {
  for (const line of [
    letter.title,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    letter.code,
    `Kính gửi: Ông/Bà ${letter.applicant}`,
    'Nội dung yêu cầu giải quyết: Chứng thực bản sao từ bản chính',
    `Thời gian nhận hồ sơ: ${inWords(letter.receivedAt)}`,
    'THỦ TRƯỞNG CƠ QUAN (Ký, ghi rõ họ tên và đóng dấu)',
    `${letter.form} · mẫu TT03-2025`,
  ])
    expect(text).toContain(line);
}

test('Mẫu 04 says the result was not ready at the time promised, why, the apology and the new time', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Nguyễn Thị Hoa');
  const received = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
  await api(desk, 'dossiers.handOff', { id: dossier.id }, token);
  const newDueAt = new Date(new Date(received.dueAt).getTime() + 3 * 24 * 3600_000).toISOString();
  await api(desk, 'dossiers.reschedule', { id: dossier.id, newDueAt, reason: 'Chờ cơ quan công an xác minh nơi cư trú' }, token);
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);

  const { text, pages } = await printAndLook(page, testInfo, `#/print/apology/${dossier.id}`, 'mau04');
  expectLetter(text, { form: 'Mẫu số 04', title: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT', code: dossier.code, applicant: 'Nguyễn Thị Hoa', receivedAt: received.receivedAt });
  expect(text).toContain(`Thời gian hẹn trả kết quả: ${inWords(received.dueAt)}`);
  expect(text).toContain('chưa trả được kết quả giải quyết hồ sơ cho ông/bà đúng hẹn');
  expect(text).toContain('Lý do: Chờ cơ quan công an xác minh nơi cư trú');
  expect(text).toContain('thành thật xin lỗi ông/bà');
  expect(text).toContain(`Thời gian hẹn trả kết quả mới: ${inWords(newDueAt)}`);
  expect(pages).toBe(1);
  expect(problemsOf(problems)).toEqual([]);
});

test('Mẫu 05 tells the applicant that a dossier withdrawn at their request is stopped, since when and why', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Lê Văn Cường');
  await api(desk, 'dossiers.withdraw', { id: dossier.id, reason: 'Công dân không còn nhu cầu chứng thực' }, token);
  const withdrawn = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
  const stoppedAt = withdrawn.history.at(-1)!.at;
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);

  const { text, pages } = await printAndLook(page, testInfo, `#/print/stop-notice/${dossier.id}`, 'mau05');
  expectLetter(text, { form: 'Mẫu số 05', title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', code: dossier.code, applicant: 'Lê Văn Cường', receivedAt: withdrawn.receivedAt });
  expect(text).toContain(`Theo đề nghị rút hồ sơ của ông/bà, UBND Phường Tập Huấn thông báo dừng giải quyết hồ sơ nêu trên kể từ ${inWords(stoppedAt)}`);
  expect(text).toContain('Lý do: Công dân không còn nhu cầu chứng thực');
  expect(pages).toBe(1);
  expect(problemsOf(problems)).toEqual([]);
});

test('a dossier the back office stops comes through the feed; its Mẫu 05 leaves the reason for the officer to write', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Phạm Thị Dung');
  await api(desk, 'dossiers.handOff', { id: dossier.id }, token);
  await api(desk, 'sync.run', {}, token);
  await controlPortal(desk, { backOffice: { stop: [dossier.code] } });
  await expect.poll(async () => (await api<Detail & { status: number }>(desk, 'dossiers.get', { id: dossier.id }, token)).status, { timeout: 10_000 }).toBe(8);
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);

  const detail = await openInQueue(page, dossier.code);
  await expect(detail).toHaveAttribute('data-status', '8');
  await expect(detail.getByRole('button', { name: 'In thông báo dừng giải quyết (Mẫu 05)' })).toBeVisible();
  const stopped = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
  const { text } = await printAndLook(page, testInfo, `#/print/stop-notice/${dossier.id}`, 'mau05-co-quan-dung');
  expectLetter(text, { form: 'Mẫu số 05', title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', code: dossier.code, applicant: 'Phạm Thị Dung', receivedAt: stopped.receivedAt });
  expect(text).toContain(`Theo ý kiến của cơ quan có thẩm quyền giải quyết, UBND Phường Tập Huấn thông báo dừng giải quyết hồ sơ nêu trên kể từ ${inWords(stopped.history.at(-1)!.at)}`);
  expect(text).not.toContain('Cổng: Dừng xử lý');
  await expect(page.locator('.mc-body .mc-line', { hasText: 'Lý do:' }).locator('.mc-dots')).toBeVisible();
  expect(problemsOf(problems)).toEqual([]);
});

/** The actions with a reason after which a form is offered at once, and what that form says. */
const OFFERED_AFTER = [
  {
    form: 'Mẫu 04',
    action: 'Hẹn lại ngày trả', // the new time offered is a day after the one promised
    applicant: 'Trần Văn Bình',
    reason: 'Hồ sơ cần lấy ý kiến của phòng Tư pháp',
    offer: 'Gửi Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu 04) cho người nộp',
    printLabel: 'In văn bản xin lỗi (Mẫu 04)',
    title: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
    status: '2',
    also: (after: Detail) => `Thời gian hẹn trả kết quả mới: ${inWords(after.dueAt)}`,
  },
  {
    form: 'Mẫu 05',
    action: 'Rút hồ sơ',
    applicant: 'Vũ Thị Lan',
    reason: 'Công dân xin rút để bổ sung giấy tờ khác',
    offer: 'Trao Thông báo dừng giải quyết hồ sơ (Mẫu 05) cho người nộp',
    printLabel: 'In thông báo dừng giải quyết (Mẫu 05)',
    title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
    status: '7',
    also: (after: Detail) => `kể từ ${inWords(after.history.at(-1)!.at)}`,
  },
];

for (const paper of OFFERED_AFTER) {
  test(`${paper.action} at the counter offers ${paper.form} at once: Enter prints it, and the dossier panel reprints it`, async ({ page, desk }, testInfo) => {
    const token = await login(desk);
    const dossier = await receiveCertifiedCopy(desk, token, paper.applicant);
    await fakeAppBridge(page);
    await signInAsAdmin(page, desk);
    const problems = watchPageProblems(page);
    const detail = await openInQueue(page, dossier.code);
    await confirmWithReason(page, paper.action, paper.reason);
    await expect(page.getByTestId('paper-after-action')).toContainText(paper.offer);
    const text = await printOffered(page, testInfo, paper.printLabel, `${paper.form}-offer`);
    const after = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
    expect(text).toContain(paper.title);
    expect(text).toContain(paper.applicant);
    expect(text).toContain(paper.reason);
    expect(text).toContain(paper.also(after));
    await expect(detail).toHaveAttribute('data-status', paper.status);

    expect(await reprint(page, paper.printLabel)).toContain(paper.reason);
    expect(problems.list()).toEqual([]);
  });
}

/** The rows of the control sheet on the page: number, step, time, deadline, on time, officer. */
async function controlRows(page: Page): Promise<string[][]> {
  return Promise.all((await page.locator('.mc-control-table tbody tr').all()).map((row) => row.locator('td').allTextContents()));
}

test('Mẫu 06 lists the steps of the counter with times and deadlines and blank rows for the back office; reprinted, the steps the feed brought', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Hoàng Văn Tú');
  await api(desk, 'dossiers.handOff', { id: dossier.id }, token);
  const handedOff = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
  const handOffAt = handedOff.history.find((entry) => entry.action === 'handOff')!.at;
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);

  const first = await printAndLook(page, testInfo, `#/print/control-sheet/${dossier.id}`, 'mau06');
  expect(first.text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
  expect(first.text).toContain('Mẫu số 06');
  expect(first.text).toContain(dossier.code);
  expect(first.text).toContain('Ông/Bà: Hoàng Văn Tú');
  expect(first.text).toContain(`Thời gian nhận hồ sơ: ${inWords(handedOff.receivedAt)}`);
  expect(first.text).toContain(`Thời gian hẹn trả kết quả: ${inWords(handedOff.dueAt)}`);
  expect(first.text).toContain('Thời gian giải quyết theo quy định: Trong ngày');
  expect(first.text).toContain('Mẫu số 06 · mẫu TT03-2025');
  expect(first.pages).toBe(1);
  expect(await controlRows(page)).toEqual([
    ['1', 'Tiếp nhận hồ sơ', shortTime(handedOff.receivedAt), '', '', 'Quản trị viên'],
    ['2', 'Chuyển hồ sơ đến cơ quan, bộ phận chuyên môn', shortTime(handOffAt), shortTime(handedOff.handOffDueAt), 'Đúng hạn', 'Quản trị viên'],
    ['3', 'Cơ quan, bộ phận chuyên môn nhận hồ sơ', '', '', '', ''],
    ['4', 'Thẩm định, xử lý hồ sơ', '', '', '', ''],
    ['5', 'Lãnh đạo xem xét, ký duyệt kết quả', '', '', '', ''],
    ['6', 'Trả kết quả về Bộ phận tiếp nhận và trả kết quả', '', shortTime(handedOff.dueAt), '', ''],
    ['7', 'Trả kết quả cho người nộp hồ sơ', '', shortTime(handedOff.dueAt), '', ''],
  ]);

  // The back office finishes it; the feed brings status 9 and the reprint carries that step.
  await api(desk, 'sync.run', {}, token);
  await controlPortal(desk, { backOffice: { delayMs: 0, runNow: true } });
  await expect.poll(async () => (await api<{ status: number }>(desk, 'dossiers.get', { id: dossier.id }, token)).status, { timeout: 10_000 }).toBe(9);
  const processed = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
  const resultAt = processed.history.find((entry) => entry.action === 'portal')!.at;
  await page.goto('/#/queue'); // away from the print route, so that it loads the dossier again
  const again = await printAndLook(page, testInfo, `#/print/control-sheet/${dossier.id}`, 'mau06-co-ket-qua');
  expect(again.text).toContain('Mẫu số 06 · mẫu TT03-2025');
  expect(again.pages).toBe(1);
  expect((await controlRows(page)).slice(2)).toEqual([
    ['3', 'Trả kết quả về Bộ phận tiếp nhận và trả kết quả', shortTime(resultAt), shortTime(processed.dueAt), 'Đúng hạn', 'Cổng dịch vụ công'],
    ['4', 'Trả kết quả cho người nộp hồ sơ', '', shortTime(processed.dueAt), '', ''],
  ]);
  expect(problemsOf(problems)).toEqual([]);
});

/** Chuyển xử lý of a certified copy whose fee (due before processing) is not collected: the dialog names it, the officer goes on. */
async function handOffUnpaid(page: Page): Promise<void> {
  await page.getByTestId('dossier-detail').getByRole('button', { name: 'Chuyển xử lý', exact: true }).click();
  await page.getByTestId('action-dialog').getByRole('button', { name: 'Vẫn chuyển xử lý' }).click();
}

test('a hand-off at the counter offers Mẫu 06 (Enter prints it); with the print setting on, it prints by itself', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const first = await receiveCertifiedCopy(desk, token, 'Đỗ Minh Châu');
  const second = await receiveCertifiedCopy(desk, token, 'Ngô Thị Yến');
  await fakeAppBridge(page);
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);

  // The setting is off by default: the sheet is offered.
  await openInQueue(page, first.code);
  await handOffUnpaid(page);
  await expect(page.getByTestId('paper-after-action')).toContainText('Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06) đi kèm hồ sơ');
  const text = await printOffered(page, testInfo, 'In phiếu kiểm soát (Mẫu 06)', 'mau06-offer');
  expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
  expect(text).toContain('Đỗ Minh Châu');
  expect(await reprint(page, 'In phiếu kiểm soát (Mẫu 06)')).toContain('Đỗ Minh Châu');

  // Cài đặt → Chung: the switch in the print settings.
  await page.goto('/#/settings');
  await page.getByRole('tab', { name: 'Chung' }).click();
  const card = page.getByTestId('printer-settings');
  const toggle = card.getByRole('switch', { name: 'Tự in phiếu kiểm soát (Mẫu 06) khi chuyển xử lý' });
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await card.getByRole('button', { name: 'Lưu thiết lập in' }).click();
  await expect(page.getByText('Đã lưu thiết lập in trên máy này.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('mau06-setting.png') });

  const detail = await openInQueue(page, second.code);
  await handOffUnpaid(page);
  await expect(detail).toHaveAttribute('data-status', '4');
  await expect.poll(() => printed(page)).toHaveLength(3);
  expect((await printedText(page))[2]).toContain('Ngô Thị Yến');
  await expect(page.getByTestId('paper-after-action')).toHaveCount(0);
  expect(problems.list()).toEqual([]);
});
