import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/core/db/open-database';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { startCore } from '../../support/core-harness';
import { makeTempDir } from '../../support/temp-dir';
import { acknowledgeAll, readDb, receiveCertifiedCopy } from './cash-fixtures';

/** 500.000 đ float and three certified copies collected (7.000 + 2.000 + 200.000): the drawer should hold 709.000 đ. */
async function drawerOf709000() {
  const h = await startCore();
  const officer = await h.userWithRole('officer');
  await h.userWithRole('supervisor', 'giamsat');
  await h.ok('cash.open', { float: 500_000 }, officer);
  for (const pages of [5, 1, 300]) {
    const dossier = await receiveCertifiedCopy(h, officer, pages, 1);
    await h.ok('payments.collect', { dossierId: dossier.id }, officer);
  }
  acknowledgeAll(h);
  return { h, officer, approval: { username: 'giamsat', password: 'giamsat-pass-1' } };
}

/** 10.000 đ counted where 5.000 and 2 × 2.000 were due: 1.000 đ too much. */
const SURPLUS = { '500000': 1, '200000': 1, '10000': 1 };
/** The 2.000 đ notes forgotten and a 5.000 đ note: 4.000 đ short. */
const SHORT = { '500000': 1, '200000': 1, '5000': 1 };

function sessionRow(h: Awaited<ReturnType<typeof startCore>>) {
  return readDb(h, (db) => db.prepare('SELECT closed_at, difference, note, approved_by FROM cash_sessions').get()) as Record<string, unknown>;
}

describe('closing a cash session whose count differs', () => {
  it('a surplus is refused until the officer confirms that difference and writes a note; each refusal changes nothing', async () => {
    const { h, officer } = await drawerOf709000();

    const unconfirmed = await h.raw('cash.close', { counted: SURPLUS, note: 'Khách gửi lại tiền thừa' }, officer);
    expect(!unconfirmed.ok && unconfirmed.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('thừa 1.000 đ') });
    const noNote = await h.raw('cash.close', { counted: SURPLUS, confirmedDifference: 1_000 }, officer);
    expect(!noNote.ok && noNote.error).toMatchObject({ code: 'INVALID_INPUT', message: 'Ca thừa 1.000 đ: vui lòng ghi chú lý do chênh lệch để đóng ca.' });
    expect(!noNote.ok && noNote.error.fields).toEqual({ note: 'Ghi chú lý do chênh lệch: bắt buộc nhập.' });
    const blank = await h.raw('cash.close', { counted: SURPLUS, confirmedDifference: 1_000, note: '   ' }, officer);
    expect(!blank.ok && blank.error.code).toBe('INVALID_INPUT');
    // The officer confirmed another figure than the one the drawer gives.
    const stale = await h.raw('cash.close', { counted: SURPLUS, confirmedDifference: -1_000, note: 'x' }, officer);
    expect(!stale.ok && stale.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('thừa 1.000 đ') });
    expect(sessionRow(h)).toMatchObject({ closed_at: null, difference: null, note: null });
    expect((await h.ok('cash.current', undefined, officer))?.expected).toBe(709_000);

    const closed = await h.ok('cash.close', { counted: SURPLUS, confirmedDifference: 1_000, note: 'Khách gửi lại tiền thừa' }, officer);
    expect(closed).toMatchObject({ expected: 709_000, counted: 710_000, difference: 1_000, approvedBy: null });
    expect(closed.byDenomination).toMatchObject({ '500000': 1, '200000': 1, '10000': 1, '5000': 0, '2000': 0 });
    expect(sessionRow(h)).toMatchObject({ difference: 1_000, note: 'Khách gửi lại tiền thừa', approved_by: null });
  });

  it('a shortage above the threshold (0 đ by default) needs a supervisor other than the officer, approving at the counter', async () => {
    const { h, officer, approval } = await drawerOf709000();
    const input = { counted: SHORT, confirmedDifference: -4_000, note: 'Đếm nhầm tiền thừa trả khách' };

    const alone = await h.raw('cash.close', input, officer);
    expect(!alone.ok && alone.error).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Ca thiếu 4.000 đ, quá mức được tự đóng ca (0 đ): cần lãnh đạo bộ phận duyệt tại quầy.',
      fields: { 'approval.username': 'Cần lãnh đạo duyệt.' },
    });
    const wrong = await h.raw('cash.close', { ...input, approval: { username: 'giamsat', password: 'sai-mat-khau' } }, officer);
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'FORBIDDEN', message: 'Tài khoản hoặc mật khẩu người duyệt không đúng.' });
    const officerItself = await h.raw('cash.close', { ...input, approval: { username: 'officer1', password: 'officer1-pass-1' } }, officer);
    expect(!officerItself.ok && officerItself.error.code).toBe('FORBIDDEN');
    expect(sessionRow(h)).toMatchObject({ closed_at: null, approved_by: null });

    const closed = await h.ok('cash.close', { ...input, approval }, officer);
    expect(closed).toMatchObject({ expected: 709_000, counted: 705_000, difference: -4_000, approvedBy: 'giamsat' });
    expect(sessionRow(h)).toMatchObject({ difference: -4_000, note: 'Đếm nhầm tiền thừa trả khách', approved_by: 'giamsat' });
    const audit = readDb(h, (db) => db.prepare(`SELECT after_json FROM audit_log WHERE method = 'cash.close' AND entity = 'cash_session'`).all()) as Array<{ after_json: string }>;
    expect(audit.map((a) => JSON.parse(a.after_json) as Record<string, unknown>)).toEqual([expect.objectContaining({ difference: -4_000, approvedBy: 'giamsat' })]);
    const report = await h.ok('cash.report', { date: '2026-11-25' }, await h.adminToken());
    expect(report.sessions[0]).toMatchObject({ difference: -4_000, approvedBy: 'giamsat' });
    expect(report.officerNames).toMatchObject({ officer1: 'Cán bộ officer', giamsat: 'Cán bộ supervisor' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from((await h.ok('cash.reportExcel', { date: '2026-11-25' }, officer)).contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Ca thu tiền')!;
    expect([11, 12, 13].map((c) => sheet.getCell(3, c).value)).toEqual(['Chênh lệch (đồng)', 'Lãnh đạo duyệt chênh lệch', 'Ghi chú bàn giao']);
    expect([2, 11, 12, 13].map((c) => sheet.getCell(4, c).value)).toEqual(['Cán bộ officer', -4_000, 'Cán bộ supervisor', 'Đếm nhầm tiền thừa trả khách']);
  });

  it('a shortage within the threshold closes on the confirmed difference and the note alone', async () => {
    const { h, officer } = await drawerOf709000();
    await h.ok('cash.configure', { shortageApprovalThreshold: 5_000 }, await h.adminToken());
    const closed = await h.ok('cash.close', { counted: SHORT, confirmedDifference: -4_000, note: 'Thiếu 4.000 đ, cán bộ nộp bù' }, officer);
    expect(closed).toMatchObject({ difference: -4_000, approvedBy: null });
  });

  it('a balanced count closes without confirmation, note or approval', async () => {
    const { h, officer } = await drawerOf709000();
    const closed = await h.ok('cash.close', { counted: { '500000': 1, '200000': 1, '5000': 1, '2000': 2 } }, officer);
    expect(closed).toMatchObject({ difference: 0, approvedBy: null });
  });

  it('the threshold is an admin setting in whole đồng, 0 by default; a bad value changes nothing', async () => {
    const h = await startCore();
    const admin = await h.adminToken();
    const officer = await h.userWithRole('officer');
    expect((await h.ok('cash.settings', undefined, officer)).shortageApprovalThreshold).toBe(0);
    const notAdmin = await h.raw('cash.configure', { shortageApprovalThreshold: 50_000 }, officer);
    expect(!notAdmin.ok && notAdmin.error.code).toBe('FORBIDDEN');
    for (const [value, message] of [
      [1_500.5, 'Mức thiếu tiền cần lãnh đạo duyệt: phải là số nguyên đồng.'],
      [-1, 'Mức thiếu tiền cần lãnh đạo duyệt: không được âm.'],
      ['10000', 'Mức thiếu tiền cần lãnh đạo duyệt: phải là số.'],
    ] as const) {
      const bad = await h.raw('cash.configure', { shortageApprovalThreshold: value }, admin);
      expect(!bad.ok && bad.error.fields?.shortageApprovalThreshold).toBe(message);
    }
    expect((await h.ok('cash.settings', undefined, officer)).shortageApprovalThreshold).toBe(0);
    // The card sends every field: an empty unit name (the agency's is printed) must not refuse the save.
    const saved = await h.ok('cash.configure', { form: '01BLP0-001', series: 'AA-26P', movementForm: 'PC', unitName: '', unitTaxCode: '', paper: 'a5', receiptCopies: 2, shortageApprovalThreshold: 20_000 }, admin);
    expect(saved).toMatchObject({ unitName: '', shortageApprovalThreshold: 20_000 });
    expect((await h.ok('cash.settings', undefined, officer)).shortageApprovalThreshold).toBe(20_000);
  });
});

describe('migration 009 (cash_sessions.approved_by)', () => {
  it('keeps the sessions of a version-8 database, closed and open, with no approver', () => {
    const t = makeTempDir();
    try {
      const v8 = openDatabase(t.dir, MIGRATIONS.slice(0, 8)).db;
      expect(v8.pragma('user_version', { simple: true })).toBe(8);
      v8.prepare(`INSERT INTO users(id, username, full_name, role, password_hash, created_at, updated_at) VALUES (7, 'hoa.nt', 'Nguyễn Thị Hoa', 'officer', 'x', '2026-11-24', '2026-11-24')`).run();
      v8.prepare(
        `INSERT INTO cash_sessions(officer_id, officer, counter, opened_at, float, closed_at, counted_json, counted, expected, difference, note)
         VALUES (7, 'hoa.nt', 1, '2026-11-24T01:00:00.000Z', 100000, '2026-11-24T10:00:00.000Z', '{"100000":1}', 100000, 105000, -5000, 'Thiếu')`,
      ).run();
      v8.prepare(`INSERT INTO cash_sessions(officer_id, officer, counter, opened_at, float) VALUES (7, 'hoa.nt', 1, '2026-11-25T01:00:00.000Z', 0)`).run();
      closeDatabase(v8);

      const v9 = openDatabase(t.dir).db;
      expect(v9.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(v9.prepare('SELECT officer, counted, difference, note, approved_by FROM cash_sessions ORDER BY id').all()).toEqual([
        { officer: 'hoa.nt', counted: 100_000, difference: -5_000, note: 'Thiếu', approved_by: null },
        { officer: 'hoa.nt', counted: null, difference: null, note: null, approved_by: null },
      ]);
      closeDatabase(v9);
    } finally {
      t.cleanup();
    }
  });
});
