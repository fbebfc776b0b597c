// The printed forms as the citizen gets them: Mẫu 01 receipt in two copies, Mẫu 02 supplement
// request, Mẫu 03 refusal, and the guidance slip, each rendered to PDF in Chromium and read back.
import { test, expect, type DeskHost } from './fixtures';
import { api, controlPortal, login } from './desk-api';
import { fakeAppBridge, openInQueue, printed, printedText, signInAsAdmin } from './desk-steps';
import { readPdf } from './pdf-text';
import { inWords, printToPdf } from './print-steps';

const PROCEDURE = '2.000815';
async function createDossier(desk: DeskHost, token: string, fullName: string) {
  const procedure = await api<{ components: Array<{ code: string; originals: number; copies: number }> }>(desk, 'catalog.get', { code: PROCEDURE }, token);
  return api<{ id: string; code: string; dueAt: string }>(
    desk,
    'dossiers.create',
    {
      procedureCode: PROCEDURE,
      applicant: { fullName, address: 'Số 12 đường Lê Lợi, Phường Tập Huấn', phone: '0912345678', email: 'cong.dan@example.vn', idType: 'cccd', idNumber: '001203004567' },
      components: procedure.components.map((component) => ({ code: component.code, originals: component.originals, copies: Math.max(component.copies, 2) })),
      sets: 1,
      feeQuantities: { pages: 5, copies: 2 },
    },
    token,
  );
}

test('the Mẫu 01 receipt prints two copies with the code, the return time and the fee in words', async ({ page, desk }) => {
  const token = await login(desk);
  const dossier = await createDossier(desk, token, 'Nguyễn Thị Hoa');
  await signInAsAdmin(page, desk);

  const { text, pages } = await printToPdf(page, `#/print/receipt/${dossier.id}`, 'test-results/mau01.pdf');
  expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
  expect(text).toContain(dossier.code);
  expect(text).toContain('Liên 1');
  expect(text).toContain('Liên 2');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Nguyễn Thị Hoa');
  expect(text).toContain(inWords(dossier.dueAt));
  expect(text).toContain('Mười bốn nghìn đồng');
  expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  expect(text).toContain('TT03-2025');
  expect(pages).toBe(2);
});

test('the Mẫu 02 supplement request lists what is missing and why', async ({ page, desk }) => {
  const token = await login(desk);
  const dossier = await createDossier(desk, token, 'Trần Văn Bình');
  await api(desk, 'dossiers.requestSupplement', { id: dossier.id, reason: 'Bản sao bị mờ, không đọc được số hiệu văn bản', items: ['Bản sao cần chứng thực', 'Giấy ủy quyền có chứng thực'] }, token);
  await signInAsAdmin(page, desk);

  const { text, pages } = await printToPdf(page, `#/print/supplement/${dossier.id}`, 'test-results/mau02.pdf');
  expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
  expect(text).toContain(dossier.code);
  expect(text).toContain('Trần Văn Bình');
  expect(text).toContain('Giấy ủy quyền có chứng thực');
  expect(text).toContain('Bản sao bị mờ, không đọc được số hiệu văn bản');
  expect(text).toContain('NGƯỜI HƯỚNG DẪN');
  expect(pages).toBe(1);
});

test('the Mẫu 03 refusal gives the reasons and both signatures', async ({ page, desk }) => {
  const token = await login(desk);
  await createDossier(desk, token, 'Người khác');
  const dossier = await createDossier(desk, token, 'Lê Văn Cường');
  await api(desk, 'dossiers.refuse', { id: dossier.id, reasons: ['Giấy tờ xuất trình không phải bản chính', 'Yêu cầu không thuộc thẩm quyền của phường'] }, token);
  await signInAsAdmin(page, desk);

  const { text, pages } = await printToPdf(page, `#/print/refusal/${dossier.id}`, 'test-results/mau03.pdf');
  expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
  expect(text).toContain(dossier.code);
  expect(text).toContain('Lê Văn Cường');
  expect(text).toContain('Giấy tờ xuất trình không phải bản chính');
  expect(text).toContain('Yêu cầu không thuộc thẩm quyền của phường');
  expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
  expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  expect(pages).toBe(1);
});

test('the Mẫu 03 of an online filing refused at the counter has only the receiving officer\'s signature', async ({ page, desk }) => {
  const token = await login(desk);
  await api(desk, 'sync.run', undefined, token);
  await controlPortal(desk, { seedOnline: { count: 1, madonvi: '000.00.00.H56' } });
  await api(desk, 'sync.run', undefined, token);
  const [filing] = (await api<{ items: Array<{ id: string; code: string; applicantName: string }> }>(desk, 'dossiers.list', { status: [1] }, token)).items;
  await api(desk, 'dossiers.refuse', { id: filing!.id, reasons: ['Thiếu tờ khai đăng ký khai sinh'] }, token);
  await signInAsAdmin(page, desk);

  const { text, pages } = await printToPdf(page, `#/print/refusal/${filing!.id}`, 'test-results/mau03-online.pdf');
  expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
  expect(text).toContain(filing!.code);
  expect(text).toContain('Thiếu tờ khai đăng ký khai sinh');
  // The citizen filed online and was not at the counter: no place for their signature.
  expect(text).not.toContain('NGƯỜI NỘP HỒ SƠ');
  expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  expect(pages).toBe(1);
});

test('the supplement dialog adds papers from the checklist with a click, and Mẫu 02 then says which form each takes', async ({ page, desk }) => {
  const token = await login(desk);
  const dossier = await createDossier(desk, token, 'Trịnh Văn Sơn');
  await signInAsAdmin(page, desk);
  const detail = await openInQueue(page, dossier.code);
  await detail.getByRole('button', { name: 'Yêu cầu bổ sung', exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Xác nhận' }) });
  await dialog.getByLabel('Lý do', { exact: true }).fill('Bản sao bị mờ');
  const picks = dialog.getByTestId('supplement-picks');
  await picks.getByRole('button', { name: 'Bản sao cần chứng thực' }).click();
  await picks.getByRole('button', { name: 'Bản sao cần chứng thực' }).click(); // a second click adds no second line
  await expect(dialog.getByLabel('Giấy tờ cần bổ sung (mỗi giấy tờ một dòng)')).toHaveValue('Bản sao cần chứng thực');
  await page.screenshot({ path: 'test-results/supplement-picks.png' });
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog).toBeHidden();
  await expect(detail).toHaveAttribute('data-status', '5');

  const { text } = await printToPdf(page, `#/print/supplement/${dossier.id}`, 'test-results/mau02-picked.pdf');
  expect(text).toContain('Bản sao cần chứng thực');
  expect(text).toMatch(/Bản sao cần chứng thực\s+Bản sao/);
});

test('the guidance slip for a dossier not yet received lists the missing papers', async ({ page, desk }) => {
  await signInAsAdmin(page, desk);
  const data = { procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', applicantName: 'Phạm Thị Dung', missing: [{ code: 'TP1', name: 'Bản chính giấy tờ, văn bản làm cơ sở chứng thực (xuất trình)' }] };
  const encoded = Buffer.from(JSON.stringify(data)).toString('base64url');

  const { text, pages } = await printToPdf(page, `#/print/guidance?data=${encoded}`, 'test-results/mau02-huong-dan.pdf');
  expect(text).toContain('PHIẾU HƯỚNG DẪN HOÀN THIỆN HỒ SƠ');
  expect(text).toContain('Phạm Thị Dung');
  expect(text).toContain('Bản chính giấy tờ, văn bản làm cơ sở chứng thực');
  expect(pages).toBe(1);
});

test('with the A5 setting the receipt is laid out on A5 pages', async ({ page, desk }) => {
  const token = await login(desk);
  const dossier = await createDossier(desk, token, 'Đỗ Minh Châu');
  await signInAsAdmin(page, desk);
  // The paper setting lives in the page's localStorage (renderer/src/print/print-settings.ts).
  await page.evaluate("localStorage.setItem('motcua.print.paper', 'A5')");

  await page.goto(`/#/print/receipt/${dossier.id}`);
  await expect(page.getByTestId('print-ready')).toBeVisible();
  await page.pdf({ path: 'test-results/mau01-a5.pdf', preferCSSPageSize: true });
  const { width, height, pages } = readPdf('test-results/mau01-a5.pdf');
  // A5 is 148 x 210 mm = 419.5 x 595.3 pt.
  expect(Math.round(width)).toBe(420);
  expect(Math.round(height)).toBe(595);
  expect(pages).toBe(2);
});

test('Mẫu 01 lists the ID card only shown apart from the papers handed in; Mẫu 02 says which form each missing paper takes', async ({ page, desk }) => {
  const token = await login(desk);
  const procedure = await api<{ components: Array<{ code: string; name: string; originals: number; copies: number }> }>(desk, 'catalog.get', { code: '1.001193' }, token);
  const dossier = await api<{ id: string; code: string }>(
    desk,
    'dossiers.create',
    {
      procedureCode: '1.001193',
      applicant: { fullName: 'Hoàng Văn Tú', address: 'Tổ 3, Phường Tập Huấn' },
      components: procedure.components.map((c) => ({ code: c.code, originals: c.originals, copies: c.copies })),
    },
    token,
  );
  await signInAsAdmin(page, desk);
  const receipt = await printToPdf(page, `#/print/receipt/${dossier.id}`, 'test-results/mau01-xuat-trinh.pdf');
  const handedIn = await page.locator('.mc-components').first().locator('li').allInnerTexts();
  expect(handedIn).toContain('Tờ khai đăng ký khai sinh (Bản chính: 1; Bản sao: 0)');
  expect(handedIn.some((line) => line.includes('xuất trình'))).toBe(false);
  await expect(page.getByTestId('receipt-shown-only').first()).toHaveText('Giấy tờ xuất trình để đối chiếu (đã trả lại người nộp): Giấy tờ tùy thân có ảnh của người đi đăng ký.');
  expect(receipt.pages).toBe(2);

  // The officer types a shorter name than the catalogue's; the column still says the form.
  await api(desk, 'dossiers.requestSupplement', { id: dossier.id, reason: 'Giấy chứng sinh bị rách', items: ['Giấy chứng sinh', 'Giấy chứng nhận kết hôn của cha, mẹ', 'Văn bản khác'] }, token);
  await printToPdf(page, `#/print/supplement/${dossier.id}`, 'test-results/mau02-cot-ban.pdf');
  const rows = await Promise.all((await page.locator('.mc-table tbody tr').all()).map((tr) => tr.locator('td').allTextContents()));
  expect(rows).toEqual([
    ['1', 'Giấy chứng sinh', 'Bản chính'],
    ['2', 'Giấy chứng nhận kết hôn của cha, mẹ', 'Bản sao'],
    ['3', 'Văn bản khác', ''],
  ]);
});

test('a refusal at the counter offers Mẫu 03 at once: Enter prints it', async ({ page, desk }) => {
  const token = await login(desk);
  const dossier = await createDossier(desk, token, 'Vũ Thị Lan');
  await fakeAppBridge(page);
  await signInAsAdmin(page, desk);
  await openInQueue(page, dossier.code);
  await page.getByTestId('dossier-detail').getByRole('button', { name: 'Từ chối tiếp nhận', exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Xác nhận' }) });
  await dialog.getByLabel('Lý do từ chối (mỗi lý do một dòng)', { exact: true }).fill('Yêu cầu không thuộc thẩm quyền của phường');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  const paper = page.getByTestId('paper-after-action');
  await expect(paper).toContainText('Trao Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03) cho người nộp');
  await expect(paper.getByRole('button', { name: 'In phiếu từ chối (Mẫu 03)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(paper).toBeHidden();
  await expect.poll(() => printed(page)).toHaveLength(1);
  const [text] = await printedText(page);
  expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
  expect(text).toContain(dossier.code);
  expect(text).toContain('Yêu cầu không thuộc thẩm quyền của phường');
  await expect(page.getByTestId('dossier-detail')).toHaveAttribute('data-status', '3');
});
