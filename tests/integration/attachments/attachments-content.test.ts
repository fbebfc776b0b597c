import { describe, expect, it } from 'vitest';
import { b64, deskWithDossier } from './attachments-desk';
import { plainPdf } from './test-pages';
import { sha256Hex } from '../../../electron/core/attachments/content-store';

describe('attachments.content: the stored PDF for the app viewer', () => {
  it('answers the component PDF byte for byte, the replaced version too, and NOT_FOUND for an unknown id', async () => {
    const { h, token, dossier, componentCode } = await deskWithDossier();
    const pdf = await plainPdf(3);
    const added = await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'giay-to.pdf', contentBase64: b64(pdf) }, token);
    const content = await h.ok('attachments.content', { id: added.id }, token);
    expect(Buffer.from(content.pdfBase64, 'base64').equals(pdf)).toBe(true);

    const edited = await h.ok('attachments.editPages', { id: added.id, order: [3, 1, 2] }, token);
    const after = Buffer.from((await h.ok('attachments.content', { id: edited.id }, token)).pdfBase64, 'base64');
    expect(sha256Hex(after)).toBe(edited.sha256);
    // The earlier version (replaced, not yet acknowledged by the portal) stays readable.
    expect(Buffer.from((await h.ok('attachments.content', { id: added.id }, token)).pdfBase64, 'base64').equals(pdf)).toBe(true);

    const missing = await h.raw('attachments.content', { id: '00000000-0000-4000-8000-000000000000' }, token);
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy tệp đính kèm.' } });
    const bad = await h.raw('attachments.content', { id: 'không-phải-mã' }, token);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
