import crypto from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { attachmentRows, b64, deskWithDossier, storedFiles } from './attachments-desk';

/** A valid one-page PDF carrying `bytes` of incompressible data. */
async function pdfOfSize(bytes: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage();
  await doc.attach(crypto.randomBytes(bytes), 'du-lieu.bin', { mimeType: 'application/octet-stream' });
  return Buffer.from(await doc.save());
}

describe('attachments: the size limit is a setting', () => {
  it('defaults to 6 MB; only an administrator changes it, within 0.5-40 MB; a file over it is refused and nothing stored', async () => {
    const { h, token, dossier, componentCode } = await deskWithDossier();
    const admin = await h.adminToken();
    expect(await h.ok('attachments.limits', {}, token)).toEqual({ maxFileBytes: 6 * 1024 * 1024, keepImportedDays: 30 });
    expect(await h.raw('attachments.setLimits', { maxFileBytes: 1024 * 1024 }, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    for (const bad of [100, 41 * 1024 * 1024, 1.5, '1MB']) {
      const answer = await h.raw('attachments.setLimits', { maxFileBytes: bad }, admin);
      expect(answer, String(bad)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Dung lượng tối đa/) } });
    }
    expect(await h.ok('attachments.limits', {}, token)).toEqual({ maxFileBytes: 6 * 1024 * 1024, keepImportedDays: 30 });

    const pdf = await pdfOfSize(700 * 1024);
    expect(await h.ok('attachments.setLimits', { maxFileBytes: 600 * 1024 }, admin)).toEqual({ maxFileBytes: 600 * 1024, keepImportedDays: 30 });
    const refused = await h.raw('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'lon.pdf', contentBase64: b64(pdf) }, token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED', message: expect.stringMatching(/quá giới hạn/) } });
    expect(storedFiles(h)).toEqual([]);
    expect(attachmentRows(h.dir)).toEqual([]);

    await h.ok('attachments.setLimits', { maxFileBytes: 1024 * 1024 }, admin);
    expect(await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'lon.pdf', contentBase64: b64(pdf) }, token)).toMatchObject({ pages: 1 });
  });
});
