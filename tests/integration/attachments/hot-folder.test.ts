import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskEvent, HotFolderFile } from '../../../shared/api';
import { makeTempDir } from '../../support/temp-dir';
import { attachmentRows, deskWithDossier, storedFiles } from './attachments-desk';
import { scannedPage } from './test-pages';

const SETTLE_MS = 1_500;
const folders: Array<() => void> = [];
afterEach(() => {
  while (folders.length) folders.pop()!();
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A desk watching a fresh scan folder, with the admin's and an officer's sessions. */
async function deskWithHotFolder() {
  const desk = await deskWithDossier({ hotFolderSettleMs: SETTLE_MS, hotFolderRescanMs: 250 });
  const scans = makeTempDir();
  folders.push(scans.cleanup);
  const events: DeskEvent[] = [];
  desk.h.core.onEvent((e) => events.push(e));
  const admin = await desk.h.adminToken();
  expect(await desk.h.ok('attachments.setHotFolder', { path: scans.dir }, admin)).toMatchObject({ path: fs.realpathSync(scans.dir), problem: null });
  const offers = () => desk.h.ok('attachments.hotFolderFiles', undefined, desk.token);
  const waitForOffer = async (name: string, ms = 5_000): Promise<HotFolderFile> => {
    const until = Date.now() + ms;
    for (;;) {
      const found = (await offers()).find((o) => o.name === name);
      if (found) return found;
      if (Date.now() > until) throw new Error(`${name} was never offered`);
      await sleep(50);
    }
  };
  return { ...desk, scans: scans.dir, admin, events, offers, waitForOffer };
}

describe('hot folder for scan-to-folder printers', () => {
  it('offers a file written slowly only once it is complete, and a take attaches it and moves it to "đã nhận"', async () => {
    const d = await deskWithHotFolder();
    const jpeg = await scannedPage('Tờ khai quét từ máy in');
    const file = path.join(d.scans, 'SCAN_0001.jpg');
    // The printer writes the file in 7 chunks over about 3 s.
    const chunks = 7;
    const size = Math.ceil(jpeg.length / chunks);
    const started = Date.now();
    for (let i = 0; i < chunks; i++) {
      fs.appendFileSync(file, jpeg.subarray(i * size, (i + 1) * size));
      await sleep(500);
      expect((await d.offers()).map((o) => o.name), `after chunk ${i + 1}`).toEqual([]);
    }
    const finished = Date.now();
    expect(finished - started).toBeGreaterThanOrEqual(3_000);
    expect(fs.statSync(file).size).toBe(jpeg.length);

    const offer = await d.waitForOffer('SCAN_0001.jpg');
    // Not before the settle period after the last write (less the 500 ms slept after it).
    expect(Date.now() - finished).toBeGreaterThanOrEqual(SETTLE_MS - 500 - 100);
    expect(offer).toMatchObject({ bytes: jpeg.length, refusal: null });
    expect(offer.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(offer)).not.toContain(d.scans); // no path goes out
    expect(d.events.some((e) => e.name === 'attachments.hotFolder' && (e as DeskEvent<'attachments.hotFolder'>).data.offers === 1)).toBe(true);

    const added = await d.h.ok('attachments.addFromHotFolder', { dossierId: d.dossier.id, componentCode: d.componentCode, token: offer.token }, d.token);
    expect(added.pages).toBe(1);
    const listed = await d.h.ok('attachments.list', { dossierId: d.dossier.id }, d.token);
    expect(listed).toMatchObject([{ componentCode: d.componentCode, fileName: 'SCAN_0001.jpg', sha256: added.sha256, pages: 1 }]);
    expect(storedFiles(d.h)).toEqual([path.join(added.sha256.slice(0, 2), added.sha256)]);
    // Moved away, never offered twice; the same token cannot be taken again.
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readFileSync(path.join(d.scans, 'đã nhận', 'SCAN_0001.jpg')).equals(jpeg)).toBe(true);
    expect(await d.offers()).toEqual([]);
    const again = await d.h.raw('attachments.addFromHotFolder', { dossierId: d.dossier.id, componentCode: d.componentCode, token: offer.token }, d.token);
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await sleep(600); // a rescan does not bring it back from the sub-folder
    expect(await d.offers()).toEqual([]);
  });

  it('a bad file is refused, stays in the folder with its reason on the offer, and nothing is stored', async () => {
    const d = await deskWithHotFolder();
    const good = await scannedPage('Hỏng');
    // A JPEG cut in the middle and padded with garbage: the type is right, the content is not.
    const corrupt = Buffer.concat([good.subarray(0, 2_000), Buffer.alloc(5_000, 0x41)]);
    fs.writeFileSync(path.join(d.scans, 'hong.jpg'), corrupt);
    fs.writeFileSync(path.join(d.scans, 'ghi-chu.txt'), 'không phải ảnh quét');
    fs.writeFileSync(path.join(d.scans, '.SCAN_0002.jpg.tmp'), good.subarray(0, 100)); // a printer's temp file is never offered
    const offer = await d.waitForOffer('hong.jpg');
    expect(offer.refusal).toBeNull();
    const text = await d.waitForOffer('ghi-chu.txt');
    expect(text.refusal).toMatch(/Loại tệp không được hỗ trợ/); // told before anyone tries

    const refused = await d.h.raw('attachments.addFromHotFolder', { dossierId: d.dossier.id, componentCode: d.componentCode, token: offer.token }, d.token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED', message: 'Tệp bị hỏng hoặc không đọc được.' } });
    const after = (await d.offers()).find((o) => o.name === 'hong.jpg');
    expect(after).toMatchObject({ token: offer.token, refusal: 'Tệp bị hỏng hoặc không đọc được.' });
    expect(d.events.some((e) => e.name === 'attachments.hotFolder')).toBe(true);
    expect(fs.readFileSync(path.join(d.scans, 'hong.jpg')).equals(corrupt)).toBe(true);
    expect(fs.existsSync(path.join(d.scans, 'đã nhận'))).toBe(false);
    expect(storedFiles(d.h)).toEqual([]);
    expect(attachmentRows(d.h.dir)).toEqual([]);
    expect((await d.offers()).map((o) => o.name).sort()).toEqual(['ghi-chu.txt', 'hong.jpg']);
  });

  it('never offers a symlink leading outside the folder, and only the admin sets a folder that exists', async () => {
    const d = await deskWithHotFolder();
    const outside = makeTempDir();
  folders.push(outside.cleanup);
    const secret = path.join(outside.dir, 'bi-mat.pdf');
    fs.writeFileSync(secret, '%PDF-1.4 secret');
    fs.symlinkSync(secret, path.join(d.scans, 'lien-ket.pdf'));
    fs.mkdirSync(path.join(d.scans, 'thu-muc-con'));
    fs.writeFileSync(path.join(d.scans, 'thu-muc-con', 'trong.jpg'), await scannedPage('Trong thư mục con'));
    const jpeg = await scannedPage('Hợp lệ');
    fs.writeFileSync(path.join(d.scans, 'hop-le.jpg'), jpeg);
    await d.waitForOffer('hop-le.jpg');
    await sleep(SETTLE_MS + 500);
    expect((await d.offers()).map((o) => o.name)).toEqual(['hop-le.jpg']);

    const set = (p: string | null, token = d.admin) => d.h.raw('attachments.setHotFolder', { path: p }, token);
    expect(await set(d.scans, d.token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await set('scan')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/đường dẫn đầy đủ/) } });
    expect(await set(path.join(d.scans, 'khong-co'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Không tìm thấy thư mục/) } });
    expect(await set(path.join(d.scans, 'hop-le.jpg'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/không phải là thư mục/) } });
    expect(await set(d.h.dir)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/thư mục dữ liệu/) } });
    // A refused change leaves the folder watched.
    expect(await d.h.ok('attachments.hotFolderState', undefined, d.token)).toMatchObject({ path: fs.realpathSync(d.scans) });
    expect((await d.offers()).map((o) => o.name)).toEqual(['hop-le.jpg']);

    expect(await d.h.ok('attachments.setHotFolder', { path: null }, d.admin)).toEqual({ path: null, problem: null });
    expect(await d.offers()).toEqual([]);
  });
});
