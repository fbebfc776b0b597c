import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { attachmentRows, b64, deskWithDossier, storedFiles } from './attachments-desk';
import { encryptedPdf, pdfPageCount, plainPdf, scannedPage } from './test-pages';
import { sha256Hex } from '../../../electron/core/attachments/content-store';
import { openDeskDatabase } from '../../support/desk-database';

describe('attachments: one PDF per component', () => {
  it('a scanned page and a photo become two compressed pages of the component PDF, with thumbnails, reordered and rotated', async () => {
    const { h, token, dossier, componentCode } = await deskWithDossier();
    const first = await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'to-khai.jpg', contentBase64: b64(await scannedPage('Trang 1')) }, token);
    expect(first).toMatchObject({ pages: 1 });
    const second = await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'anh.png', contentBase64: b64(await scannedPage('Trang 2', { format: 'png' })) }, token);
    expect(second.pages).toBe(2);
    expect(second.bytes).toBeLessThan(1_500_000);
    const list = await h.ok('attachments.list', { dossierId: dossier.id }, token);
    expect(list).toEqual([{ id: second.id, componentCode, fileName: 'to-khai.jpg', sha256: second.sha256, pages: 2, bytes: second.bytes, synced: false }]);
    const file = fs.readFileSync(path.join(h.dir, 'files', second.sha256.slice(0, 2), second.sha256));
    expect(sha256Hex(file)).toBe(second.sha256);
    expect(await pdfPageCount(file)).toBe(2);
    // The earlier version stays on disk until the portal has acknowledged the change.
    expect(storedFiles(h)).toHaveLength(2);

    const thumb = await h.ok('attachments.thumbnail', { id: second.id, page: 2 }, token);
    expect((await sharp(Buffer.from(thumb.pngBase64!, 'base64')).metadata()).format).toBe('png');
    const edited = await h.ok('attachments.editPages', { id: second.id, order: [2, 1], rotate: { 2: 90 } }, token);
    expect(edited.pages).toBe(2);
    const rotatedThumb = await sharp(Buffer.from((await h.ok('attachments.thumbnail', { id: edited.id, page: 1 }, token)).pngBase64!, 'base64')).metadata();
    expect(rotatedThumb.width! > rotatedThumb.height!).toBe(true);
    const dropped = await h.ok('attachments.editPages', { id: edited.id, order: [2] }, token);
    expect(dropped.pages).toBe(1);

    const detail = await h.ok('dossiers.get', { id: dossier.id }, token);
    expect(detail.revision).toBe(5); // created, two additions, two edits
    await h.ok('attachments.remove', { id: dropped.id }, token);
    expect(await h.ok('attachments.list', { dossierId: dossier.id }, token)).toEqual([]);
    expect((await h.ok('dossiers.get', { id: dossier.id }, token)).revision).toBe(6);
  });

  it('a PDF the citizen brings is kept byte for byte; pages added later are appended; no thumbnail for its pages, said plainly', async () => {
    const { h, token, dossier, componentCode } = await deskWithDossier();
    const pdf = await plainPdf(2);
    const added = await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'giay-to.pdf', contentBase64: b64(pdf) }, token);
    expect(added).toMatchObject({ sha256: sha256Hex(pdf), pages: 2, bytes: pdf.length });
    const thumb = await h.ok('attachments.thumbnail', { id: added.id, page: 1 }, token);
    expect(thumb.pngBase64).toBeNull();
    expect(thumb.reason).toMatch(/PDF/);
    const more = await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'them.tiff', contentBase64: b64(await scannedPage('Trang 3', { format: 'tiff' })) }, token);
    expect(more.pages).toBe(3);
  });

  it('the same bytes twice are stored once', async () => {
    const { h, token, dossier, componentCode, create } = await deskWithDossier();
    const other = await create();
    const page = b64(await scannedPage('Giống nhau'));
    const a = await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'a.jpg', contentBase64: page }, token);
    const b = await h.ok('attachments.add', { dossierId: other.id, componentCode, fileName: 'b.jpg', contentBase64: page }, token);
    expect(b.sha256).toBe(a.sha256);
    expect(b.id).not.toBe(a.id);
    expect(storedFiles(h)).toEqual([path.join(a.sha256.slice(0, 2), a.sha256)]);
  });

  it('each bad file is refused with a Vietnamese message and nothing is stored', async () => {
    const { h, token, dossier, componentCode } = await deskWithDossier();
    const jpeg = await scannedPage('Hỏng');
    // 64 million white pixels compress to a tiny PNG: a decompression bomb for a naive decoder.
    const bomb = await sharp({ create: { width: 8_000, height: 8_000, channels: 3, background: '#ffffff' } }).greyscale().png({ compressionLevel: 9 }).toBuffer();
    const cases: Array<[string, Buffer, RegExp]> = [
      ['unsupported', Buffer.from('PK\u0003\u0004 một tệp nén, đổi tên thành .pdf'), /không được hỗ trợ/],
      ['text named .jpg', Buffer.from('xin chào'), /không được hỗ trợ/],
      ['corrupt JPEG', Buffer.concat([jpeg.subarray(0, 2000), Buffer.alloc(3000, 7)]), /hỏng/],
      ['corrupt PDF', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nrác rác rác'), /hỏng/],
      ['encrypted PDF', await encryptedPdf(), /mã hóa/],
      ['decompression bomb', bomb, /quá nhiều điểm ảnh/],
    ];
    for (const [kind, bytes, message] of cases) {
      const answer = await h.raw('attachments.add', { dossierId: dossier.id, componentCode, fileName: `${kind}.pdf`, contentBase64: b64(bytes) }, token);
      expect(answer, kind).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED', message: expect.stringMatching(message) } });
    }
    // Too large after conversion: the portal's limit is a setting.
    const db = openDeskDatabase(h.dir);
    db.prepare(`INSERT INTO settings(key, value) VALUES ('attachments.maxFileBytes', '20000')`).run();
    db.close();
    const big = await h.raw('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'lon.jpg', contentBase64: b64(jpeg) }, token);
    expect(big).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED', message: expect.stringMatching(/quá giới hạn/) } });
    // Too large before conversion: refused at the door.
    const huge = await h.raw('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'qua-lon.pdf', contentBase64: 'A'.repeat(56_000_000) }, token);
    expect(huge).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/40 MB/) } });

    expect(storedFiles(h)).toEqual([]);
    expect(attachmentRows(h.dir)).toEqual([]);
    expect((await h.ok('dossiers.get', { id: dossier.id }, token)).revision).toBe(1);
  });

  it('a component the dossier does not have, or a dossier that does not exist, is refused', async () => {
    const { h, token, dossier } = await deskWithDossier();
    const page = b64(await scannedPage('X', { width: 800, height: 1000 }));
    expect(await h.raw('attachments.add', { dossierId: dossier.id, componentCode: 'KHONG-CO', fileName: 'x.jpg', contentBase64: page }, token)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await h.raw('attachments.add', { dossierId: '00000000-0000-4000-8000-000000000000', componentCode: 'A', fileName: 'x.jpg', contentBase64: page }, token)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
