import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { IndicatorReport } from '../../../shared/api';
import { startCore, type Harness } from '../../support/core-harness';
import { INDICATOR_HEADER_ROW } from '../../../electron/core/reports';
import { asTheFeed, at, attachAll, COPY, figureOf, listAll, MARITAL, receiveAt, signIn, stopByBackOffice, vn } from './indicator-fixtures';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

interface Ward {
  h: Harness;
  supervisor: string;
  /** Dossier code by the case's name. */
  code: Record<string, string>;
}

/**
 * One hand-built dossier for each rule of indicators-766.md, in November 2026 (24/11 is a holiday).
 * 1.004873 takes 3 working days; a dossier received Monday 9:00 is due Thursday 9:00.
 */
async function wardWithEveryCase(): Promise<Ward> {
  const h = await startCore();
  await h.userWithRole('officer', 'lan');
  await h.userWithRole('supervisor', 'lanhdao');
  const officer = 'lan';
  const code: Record<string, string> = {};
  const receive = async (name: string, when: string, procedure = MARITAL) => {
    const d = await receiveAt(h, officer, when, procedure, name);
    code[name] = d.code;
    return d;
  };
  const process = async (id: string, when: string) => {
    await at(h, when, officer, (t) => h.ok('dossiers.handOff', { id }, t)).catch(() => undefined);
    await at(h, when, 'lanhdao', (t) => h.ok('dossiers.markProcessed', { id }, t));
  };
  const supplement = async (id: string, asked: string, received: string) => {
    await at(h, asked, officer, (t) => h.ok('dossiers.requestSupplement', { id, reason: 'Thiếu giấy tờ', items: ['Tờ khai'] }, t));
    await at(h, received, officer, (t) => h.ok('dossiers.receiveSupplement', { id }, t));
  };

  // Ended before November: not counted. Received in October, finished in November: counted (late: due 2/11).
  const old = await receive('ended-in-october', vn('2026-10-20'));
  await process(old.id, vn('2026-10-21'));
  const carried = await receive('carried-over-late', vn('2026-10-28'));
  await process(carried.id, vn('2026-11-04'));
  // Received in October, withdrawn in November before its promise (3/11): counted, on time.
  const carriedStop = await receive('carried-over-withdrawn', vn('2026-10-29'));
  await at(h, vn('2026-11-02'), officer, (t) => h.ok('dossiers.withdraw', { id: carriedStop.id, reason: 'Công dân rút hồ sơ' }, t));

  const early = await receive('finished-early', vn('2026-11-02'));
  await process(early.id, vn('2026-11-03'));
  const late = await receive('finished-late', vn('2026-11-02'));
  await process(late.id, vn('2026-11-10'));
  // One supplement: 9 working days waiting move the promise to 18/11; finished 17/11, on time.
  const once = await receive('one-supplement', vn('2026-11-02'));
  await supplement(once.id, vn('2026-11-03'), vn('2026-11-16'));
  await process(once.id, vn('2026-11-17'));
  // Two supplements: late, though finished the same day.
  const twice = await receive('two-supplements', vn('2026-11-02'));
  await supplement(twice.id, vn('2026-11-02', '10:00'), vn('2026-11-02', '11:00'));
  await supplement(twice.id, vn('2026-11-02', '13:30'), vn('2026-11-02', '14:00'));
  await process(twice.id, vn('2026-11-02', '15:00'));
  // Open at the end of the period: judged on 30/11 24:00.
  await receive('open-late', vn('2026-11-20'));
  const openOnTime = await receive('open-on-time', vn('2026-11-27'));
  const finishedAfter = await receive('finished-after-period', vn('2026-11-25'));
  await process(finishedAfter.id, vn('2026-12-02'));
  // Waiting for the citizen at the end of the period: the round's count ended when asked (18/11, due 19/11).
  const waiting = await receive('waiting-supplement', vn('2026-11-16'));
  await at(h, vn('2026-11-18'), officer, (t) => h.ok('dossiers.requestSupplement', { id: waiting.id, reason: 'Thiếu giấy tờ', items: ['Tờ khai'] }, t));
  // Stopped: withdrawn at the citizen's request before the promise; stopped by the back office after it.
  const withdrawn = await receive('withdrawn-in-time', vn('2026-11-02'));
  await at(h, vn('2026-11-03'), officer, (t) => h.ok('dossiers.withdraw', { id: withdrawn.id, reason: 'Công dân rút hồ sơ' }, t));
  const stopped = await receive('stopped-late', vn('2026-11-02'));
  // No promised time: the procedure's own time (same day) is the promise.
  const noPromise = await receive('no-promise-on-time', vn('2026-11-02'), COPY);
  await process(noPromise.id, vn('2026-11-02', '10:00'));
  const noPromiseLate = await receive('no-promise-late', vn('2026-11-02'), COPY);
  await process(noPromiseLate.id, vn('2026-11-04'));
  // Refused at intake: never received, never counted.
  const refused = await receive('refused', vn('2026-11-05'));
  await at(h, vn('2026-11-05', '09:30'), officer, (t) => h.ok('dossiers.refuse', { id: refused.id, reasons: ['Không đúng thẩm quyền'] }, t));

  // Digitised: every component has a file, and a processed one has its result file too.
  await attachAll(h, officer, early);
  await attachAll(h, officer, openOnTime);
  await attachAll(h, officer, once);
  asTheFeed(h, (db) => {
    stopByBackOffice(db, stopped.id, vn('2026-11-12'));
    db.prepare('UPDATE dossiers SET due_at = NULL WHERE id IN (?, ?)').run(noPromise.id, noPromiseLate.id);
    db.prepare(`UPDATE dossiers SET results_json = ? WHERE id = ?`).run(JSON.stringify([{ TenGiayTo: 'Giấy xác nhận', MaGiayToKetQua: 'KQ1', DuongDanTepTinKetQua: 'https://cong/kq1.pdf' }]), early.id);
    // Filed online (channel 2), as the feed brings an online filing.
    db.prepare('UPDATE dossiers SET channel = 2 WHERE id = ?').run(openOnTime.id);
  });
  h.clock.set(vn('2026-12-03'));
  return { h, supervisor: await signIn(h, 'lanhdao'), code };
}

const LATE = ['carried-over-late', 'finished-late', 'two-supplements', 'open-late', 'finished-after-period', 'stopped-late', 'no-promise-late'];
const ON_TIME = ['carried-over-withdrawn', 'finished-early', 'one-supplement', 'open-on-time', 'waiting-supplement', 'withdrawn-in-time', 'no-promise-on-time'];

describe('the Decision 766 figures of the ward', () => {
  it('judge each rule of indicators-766.md on hand-built dossiers, and each figure lists exactly its dossiers', async () => {
    const { h, supervisor, code } = await wardWithEveryCase();
    const report = await h.ok('reports.indicators', NOVEMBER, supervisor);
    expect(report.judgedAt).toBe(vn('2026-12-01', '00:00'));
    expect(report.scope).toContain('phường tự đếm');
    expect(report.figures.map((f) => f.code)).toEqual(['onTime', 'avgProcessingDays', 'digitised', 'onlineFiling', 'onlinePayment']);

    const onTime = figureOf(report, 'onTime');
    expect([onTime.numerator, onTime.denominator]).toEqual([7, 14]);
    expect(onTime.points).toBe(10);
    expect(onTime.maxPoints).toBe(20);
    const codes = (names: string[]) => names.map((n) => code[n]).sort();
    expect((await listAll(h, supervisor, { ...NOVEMBER, late: true })).sort()).toEqual(codes(LATE));
    expect((await listAll(h, supervisor, onTime.lists.numerator!)).sort()).toEqual(codes(ON_TIME));

    // Days from receipt to processed, less the waits: 7 (October) + 1 + 8 + 2 + 0.1875 + 1/24 + 2.
    const average = figureOf(report, 'avgProcessingDays');
    expect(average.denominator).toBe(7);
    expect(average.numerator).toBe(20.23);
    expect(average.ratio).toBe(2.89);
    expect(average.points).toBeUndefined();
    expect((await listAll(h, supervisor, average.lists.denominator)).sort()).toEqual(
      codes(['carried-over-late', 'finished-early', 'finished-late', 'one-supplement', 'two-supplements', 'no-promise-on-time', 'no-promise-late']),
    );

    // Digitised: the finished one with its result file, the open one; not the finished one without a result file.
    const digitised = figureOf(report, 'digitised');
    expect([digitised.numerator, digitised.denominator]).toEqual([2, 14]);
    expect(digitised.points).toBe(0.71);
    expect((await listAll(h, supervisor, digitised.lists.numerator!)).sort()).toEqual(codes(['finished-early', 'open-on-time']));

    const online = figureOf(report, 'onlineFiling');
    expect([online.numerator, online.denominator]).toEqual([1, 12]);
    const payment = figureOf(report, 'onlinePayment');
    expect([payment.numerator, payment.denominator]).toEqual([0, 2]);
    expect(payment.note).toContain('DuocThanhToanTrucTuyen'); // where the numerator comes from
    expect((await listAll(h, supervisor, payment.lists.denominator)).sort()).toEqual(codes(['no-promise-on-time', 'no-promise-late']));
  });

  it('agrees with dossiers.list for every list of every figure, and the Excel file reads back with the same totals', async () => {
    const { h, supervisor } = await wardWithEveryCase();
    const report = await h.ok('reports.indicators', NOVEMBER, supervisor);
    for (const f of report.figures) {
      expect((await listAll(h, supervisor, f.lists.denominator)).length, `${f.code} denominator`).toBe(f.denominator);
      if (f.lists.numerator) expect((await listAll(h, supervisor, f.lists.numerator)).length, `${f.code} numerator`).toBe(f.numerator);
    }

    const file = await h.ok('reports.indicatorsExcel', NOVEMBER, supervisor);
    expect(file.fileName).toBe('chi-so-766-2026-11-01-2026-11-30.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Chỉ số', 'Hồ sơ trễ hạn', 'Hồ sơ chưa số hoá']);
    const figures = book.getWorksheet('Chỉ số')!;
    expect(String(figures.getCell(2, 1).value)).toContain('phường tự đếm');
    report.figures.forEach((f, i) => {
      const row = figures.getRow(INDICATOR_HEADER_ROW + 1 + i);
      expect(row.getCell(1).value).toBe(f.title);
      expect([row.getCell(2).value, row.getCell(3).value]).toEqual([f.numerator, f.denominator]);
      expect(row.getCell(4).value).toBe(f.ratio);
      expect(row.getCell(5).value ?? undefined).toBe(f.points);
    });
    const dataRows = (name: string) => book.getWorksheet(name)!.getRows(INDICATOR_HEADER_ROW + 1, 100)!.filter((r) => r.getCell(2).value);
    const onTime = figureOf(report, 'onTime');
    const digitised = figureOf(report, 'digitised');
    expect(dataRows('Hồ sơ trễ hạn')).toHaveLength(onTime.denominator - onTime.numerator);
    expect(dataRows('Hồ sơ chưa số hoá')).toHaveLength(digitised.denominator - digitised.numerator);
    expect(dataRows('Hồ sơ trễ hạn').map((r) => r.getCell(2).value).sort()).toEqual((await listAll(h, supervisor, { ...NOVEMBER, late: true })).sort());
  });

  it('judges open dossiers now while the period runs, refuses a period backwards, and is for supervisors only', async () => {
    const h = await startCore();
    await h.userWithRole('officer', 'lan');
    await h.userWithRole('supervisor', 'lanhdao');
    await receiveAt(h, 'lan', vn('2026-11-20'), MARITAL, 'open');
    // 24/11 is a holiday: due 26/11 9:00. On 25/11 it is still on time; on 27/11 it is late.
    h.clock.set(vn('2026-11-25'));
    let supervisor = await signIn(h, 'lanhdao');
    let report: IndicatorReport = await h.ok('reports.indicators', NOVEMBER, supervisor);
    expect(report.judgedAt).toBe(vn('2026-11-25'));
    expect([figureOf(report, 'onTime').numerator, figureOf(report, 'onTime').denominator]).toEqual([1, 1]);
    h.clock.set(vn('2026-11-27'));
    supervisor = await signIn(h, 'lanhdao');
    report = await h.ok('reports.indicators', NOVEMBER, supervisor);
    expect([figureOf(report, 'onTime').numerator, figureOf(report, 'onTime').denominator]).toEqual([0, 1]);
    // An empty period: no ratio, no points, nothing divided by zero.
    report = await h.ok('reports.indicators', { from: '2026-01-01', to: '2026-01-31' }, supervisor);
    expect(report.figures.every((f) => f.denominator === 0 && f.ratio === null && f.points === undefined)).toBe(true);

    const backwards = await h.raw('reports.indicators', { from: '2026-11-30', to: '2026-11-01' }, supervisor);
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(backwards)).toContain('Từ ngày phải trước hoặc bằng đến ngày.');
    expect(await h.raw('reports.indicators', NOVEMBER, await signIn(h, 'lan'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
