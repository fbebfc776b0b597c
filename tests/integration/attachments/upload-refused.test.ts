import crypto from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { DeskEvent } from '../../../shared/api';
import { startPortal } from '../../support/training-portal-harness';
import { b64, deskWithDossier } from './attachments-desk';
import { scannedPage } from './test-pages';
import { openDeskDatabase } from '../../support/desk-database';

type PortalState = { files: number; requests: Record<string, number>; byMaHoSo: Record<string, { PhienBan: string }> };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A valid one-page PDF padded with an unreferenced 21 MB stream: larger than the portal's 20 MB a file. */
async function oversizePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Ban ve kho lon', { x: 50, y: 780, size: 18 });
  doc.context.register(doc.context.stream(crypto.randomBytes(21 * 1024 * 1024)));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

describe('a file the portal refuses', () => {
  it('marks its dossier rejected with the portal message, never blocks the others, and goes once the officer replaces it', async () => {
    const p = await startPortal();
    const { h, token, dossier, componentCode, create } = await deskWithDossier({ portal: p.settings, syncIntervalMs: 60_000 }, true);
    const events: DeskEvent[] = [];
    h.core.onEvent((e) => events.push(e));
    const other = await create();
    // The portal refuses the first file it is sent (the desk sends the oldest first), whenever the background round runs.
    await p.control({ faults: [{ kind: 'reject', service: 'files', times: 1, message: 'Tệp không đúng định dạng cho phép của cổng.' }] });
    const refusedFile = await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'to-khai.jpg', contentBase64: b64(await scannedPage('Tờ khai')) }, token);
    h.clock.advance(1_000);
    const fine = await h.ok('attachments.add', { dossierId: other.id, componentCode, fileName: 'to-khai-2.jpg', contentBase64: b64(await scannedPage('Tờ khai khác')) }, token);
    await h.ok('sync.run', undefined, token);
    const issues = await h.ok('sync.issues', undefined, token);
    expect(issues).toEqual([
      expect.objectContaining({ dossierId: dossier.id, kind: 'rejected', message: expect.stringContaining('Tệp không đúng định dạng cho phép của cổng.') }),
    ]);
    expect(issues[0]!.message).toContain('"to-khai.jpg"');
    expect(await h.ok('sync.status', undefined, token)).toMatchObject({ rejected: 1 });
    expect(events.some((e) => e.name === 'sync.status' && (e as DeskEvent<'sync.status'>).data.rejected === 1)).toBe(true);
    // The other dossier went with its file.
    let state = (await p.state()) as unknown as PortalState;
    expect(state.byMaHoSo[other.code]).toMatchObject({ PhienBan: '2' }); // with its file
    expect(Number(state.byMaHoSo[dossier.code]?.PhienBan ?? 0)).toBeLessThan(2); // the revision listing the refused file never went
    expect(state.files).toBe(1);
    expect((await h.ok('attachments.list', { dossierId: other.id }, token))[0]).toMatchObject({ sha256: fine.sha256, synced: true });

    // A refused file is not sent again round after round.
    const uploadsBefore = state.requests.files;
    await h.ok('sync.run', undefined, token);
    state = (await p.state()) as unknown as PortalState;
    expect(state.requests.files).toBe(uploadsBefore);

    // The officer replaces it: the dossier goes, the issue is gone.
    await h.ok('attachments.remove', { id: refusedFile.id }, token);
    await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'to-khai-quet-lai.jpg', contentBase64: b64(await scannedPage('Tờ khai quét lại')) }, token);
    await h.ok('sync.run', undefined, token);
    expect(await h.ok('sync.issues', undefined, token)).toEqual([]);
    state = (await p.state()) as unknown as PortalState;
    expect(state.byMaHoSo[dossier.code]).toMatchObject({ PhienBan: '4' }); // the removal and the new file
    expect(state.files).toBe(2);
  });

  it('a file over the portal limit (HTTP 413) is a rejected dossier with the portal message', async () => {
    const p = await startPortal();
    const { h, token, dossier, componentCode } = await deskWithDossier({ portal: p.settings, syncIntervalMs: 60_000 }, true);
    // A desk whose own limit was raised above the portal's (settings are per desk).
    const db = openDeskDatabase(h.dir);
    db.prepare(`INSERT INTO settings(key, value) VALUES ('attachments.maxFileBytes', ?)`).run(JSON.stringify(30 * 1024 * 1024));
    db.close();
    const pdf = await oversizePdf();
    await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'ban-ve.pdf', contentBase64: b64(pdf) }, token);
    await h.ok('sync.run', undefined, token);
    expect(await h.ok('sync.issues', undefined, token)).toEqual([
      expect.objectContaining({ dossierId: dossier.id, kind: 'rejected', message: expect.stringMatching(/"ban-ve\.pdf".*tệp vượt quá 20 MB/) }),
    ]);
    expect(((await p.state()) as unknown as PortalState).files).toBe(0);
  });

  it('a passing failure (HTTP 503 on the upload) is retried after a back-off, not marked rejected', async () => {
    const p = await startPortal();
    const { h, token, dossier, componentCode } = await deskWithDossier({ portal: p.settings, syncIntervalMs: 60_000 }, true);
    await p.control({ faults: [{ kind: 'status-5xx', service: 'files', times: 1 }] });
    await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'to-khai.jpg', contentBase64: b64(await scannedPage('Tờ khai')) }, token);
    // The background round (nudged by the change) meets the 503: note when.
    let failedAt = 0;
    for (let i = 0; i < 200 && !failedAt; i++) {
      if (((await p.state()) as unknown as { faults: unknown[] }).faults.length === 0) failedAt = Date.now();
      else await sleep(10);
    }
    expect(failedAt).toBeGreaterThan(0);
    await sleep(50);
    expect(await h.ok('sync.issues', undefined, token)).toEqual([]);
    expect(await h.ok('sync.status', undefined, token)).toMatchObject({ pending: 1, rejected: 0 });
    const afterFailure = ((await p.state()) as unknown as PortalState).requests.files ?? 0;
    // Rounds right after it do not hammer the portal with the file: it waits its back-off (0.5-1 s after a first failure).
    while (Date.now() - failedAt < 250) {
      await h.ok('sync.run', undefined, token);
      await sleep(30);
    }
    expect(((await p.state()) as unknown as PortalState).requests.files).toBe(afterFailure);
    await sleep(failedAt + 1_100 - Date.now());
    await sleep(1_100);
    await h.ok('sync.run', undefined, token);
    const state = (await p.state()) as unknown as PortalState;
    expect(state.requests.files).toBe(afterFailure + 1);
    expect(state.files).toBe(1);
    expect(state.byMaHoSo[dossier.code]).toBeDefined();
    expect(await h.ok('sync.status', undefined, token)).toMatchObject({ pending: 0, rejected: 0 });
  });
});
