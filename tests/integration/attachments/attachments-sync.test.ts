import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startPortal } from '../../support/training-portal-harness';
import { b64, deskWithDossier } from './attachments-desk';
import { scannedPage } from './test-pages';

describe('attachments reach the portal', () => {
  it('every file is uploaded exactly once with a matching hash before the dossier lists it', async () => {
    const p = await startPortal();
    const { h, token, dossier, componentCode, components, create } = await deskWithDossier({ portal: p.settings, syncIntervalMs: 60_000 }, true);
    const other = await create();
    const page = b64(await scannedPage('Tờ khai'));
    const a = await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'to-khai.jpg', contentBase64: page }, token);
    const b = await h.ok('attachments.add', { dossierId: dossier.id, componentCode: components[1]!.code, fileName: 'giay-chung-sinh.jpg', contentBase64: b64(await scannedPage('Giấy chứng sinh')) }, token);
    const same = await h.ok('attachments.add', { dossierId: other.id, componentCode, fileName: 'ban-sao.jpg', contentBase64: page }, token);
    expect(same.sha256).toBe(a.sha256);

    expect((await h.ok('sync.run', undefined, token)).ok).toBe(true);
    const state = (await p.state()) as unknown as { files: number; requests: Record<string, number>; byMaHoSo: Record<string, { PhienBan: string }> };
    expect(state.files).toBe(2);
    expect(state.requests.files).toBe(2);
    for (const sha of [a.sha256, b.sha256]) {
      const bytes = Buffer.from(await (await fetch(`${p.portal.url}/files/${sha}`)).arrayBuffer());
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(sha);
    }
    expect(state.byMaHoSo[dossier.code]).toMatchObject({ PhienBan: '3' });
    expect((await h.ok('attachments.list', { dossierId: dossier.id }, token)).every((x) => x.synced)).toBe(true);

    // Another round sends nothing again.
    await h.ok('sync.run', undefined, token);
    expect(((await p.state()) as unknown as { requests: Record<string, number> }).requests.files).toBe(2);
  });
});
