import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreBackup, RESTORE_CODE_GAP, RESTORE_RECEIPT_GAP } from '../../../electron/core/backup/restore-backup';
import { ADMIN_PASSWORD, startCore, type Harness } from '../../support/core-harness';
import { startPortal, type PortalHarness } from '../../support/training-portal-harness';
import { makeTempDir } from '../../support/temp-dir';
import { request } from '../../support/http-json';

const CERTIFIED_COPY = '2.000815';
const AT = '2026-11-25T03:00:00.000Z';
const seqOf = (code: string) => Number(code.slice(-4));

/** The portal's own record of a dossier (TraCuuHoSo), as any desk would read it. */
async function portalDossier(p: PortalHarness, code: string): Promise<{ DanhSachLePhi: Array<Record<string, string>> }> {
  const auth = (await request(`${p.portal.url}/auth`, { method: 'POST', headers: { 'content-type': 'application/json', dstcode: 'T' }, body: JSON.stringify({ username: p.settings.user, password: p.settings.password }) })).json() as { session: string };
  const answer = (await request(`${p.portal.url}/service`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', dstcode: 'T' },
    body: JSON.stringify({ session: auth.session, madonvi: '000.00.00.H56', service: 'TraCuuHoSo', MaHoSo: code }),
  })).json() as { result: Array<{ DanhSachLePhi: Array<Record<string, string>> }> };
  return answer.result[0]!;
}

/**
 * A counter that backs up, then goes on issuing dossiers and receipts that reach the portal
 * before the machine is lost.
 */
async function lostDesk(p: PortalHarness) {
  const h = await startCore({ portal: p.settings, counter: 1, syncIntervalMs: 3_600_000 });
  h.clock.set(AT);
  const officer = await h.userWithRole('officer', 'quay1');
  const admin = await h.adminToken();
  const components = (await h.ok('catalog.get', { code: CERTIFIED_COPY }, officer)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
  const intake = (h2: Harness, token: string) =>
    h2.ok('dossiers.create', { procedureCode: CERTIFIED_COPY, applicant: { fullName: 'Nguyễn Văn An', address: 'Tổ 3' }, components, feeQuantities: { pages: 3, copies: 1 } }, token);
  await h.ok('cash.open', { float: 0 }, officer);
  const before = [await intake(h, officer), await intake(h, officer)];
  const paidBefore = await h.ok('payments.collect', { dossierId: before[0]!.id }, officer);
  await h.ok('sync.run', undefined, officer);
  const folder = makeTempDir('motcua-backups-');
  await h.ok('backup.configure', { folder: folder.dir }, admin);
  const backup = await h.ok('backup.create', {}, admin);
  // After the backup: more dossiers and receipts, which reach the portal, then the machine dies.
  const after = [await intake(h, officer), await intake(h, officer), await intake(h, officer)];
  const paidAfter = [];
  for (const d of after) paidAfter.push(await h.ok('payments.collect', { dossierId: d.id }, officer));
  const sent = await h.ok('sync.run', undefined, officer);
  expect(sent).toMatchObject({ ok: true, rejected: 0 });
  expect((await h.ok('sync.status', undefined, officer)).pending).toBe(0);
  return { h, backup, folder, before, after, paidBefore, paidAfter, intake };
}

async function restoredDesk(p: PortalHarness, backupPath: string, now = AT) {
  const target = path.join(makeTempDir('motcua-restored-').dir, 'du-lieu');
  await restoreBackup(backupPath, target, new Date(now));
  const h = await startCore({ dataDir: target, portal: p.settings, counter: 1, syncIntervalMs: 3_600_000 });
  h.clock.set(now);
  const officer = await h.login('quay1', 'quay1-pass-1');
  return { h, officer };
}

describe('a restored desk never re-issues what the lost machine issued after its backup', () => {
  it('reads the portal first: the next code and receipt number follow the portal\'s highest, and the notice clears', async () => {
    const p = await startPortal();
    const lost = await lostDesk(p);
    const highestReceipt = Math.max(...lost.paidAfter.map((r) => r.receipt.number));
    // The portal holds the receipts (DanhSachLePhi's MauSoBienLai, KyHieuBienLai, SoBienLai) and answers with them.
    const onPortal = await portalDossier(p, lost.after[2]!.code);
    expect(onPortal.DanhSachLePhi[0]).toMatchObject({ MauSoBienLai: lost.paidAfter[2]!.receipt.form, KyHieuBienLai: lost.paidAfter[2]!.receipt.series, SoBienLai: String(highestReceipt) });

    const { h, officer } = await restoredDesk(p, lost.backup.path);
    expect(await h.ok('sync.status', undefined, officer)).toMatchObject({ restorePending: true });
    const issuedCodes = new Set([...lost.before, ...lost.after].map((d) => d.code));
    const next = await lost.intake(h, officer);
    expect(issuedCodes.has(next.code)).toBe(false);
    // Right after the portal's last one: no gap wasted when the portal answers.
    expect(seqOf(next.code)).toBe(seqOf(lost.after[2]!.code) + 1);
    const paid = await h.ok('payments.collect', { dossierId: next.id }, officer);
    expect(paid.receipt.number).toBe(highestReceipt + 1);
    expect(paid.receipt.number).toBeGreaterThan(lost.paidBefore.receipt.number);
    // The portal was reached: the marker is gone, and numbering is back to normal.
    expect(await h.ok('sync.status', undefined, officer)).toMatchObject({ restorePending: false, online: true });
    const second = await lost.intake(h, officer);
    expect(seqOf(second.code)).toBe(seqOf(next.code) + 1);
    expect((await h.ok('payments.collect', { dossierId: second.id }, officer)).receipt.number).toBe(highestReceipt + 2);
    expect(await h.ok('sync.run', undefined, officer)).toMatchObject({ ok: true, rejected: 0, conflicts: 0 });
    expect(await h.ok('sync.issues', undefined, officer)).toEqual([]);
  }, 60_000);

  it('offline: continues past the safety gap after the backup\'s highest; once the portal answers the notice goes', async () => {
    const p = await startPortal();
    const lost = await lostDesk(p);
    // The portal is unreachable for the restored desk (every sign-in fails with 503).
    await p.control({ faults: [{ kind: 'status-5xx', service: 'auth', status: 503 }] });
    const { h, officer } = await restoredDesk(p, lost.backup.path);
    expect(await h.ok('sync.status', undefined, officer)).toMatchObject({ restorePending: true });
    const next = await lost.intake(h, officer);
    expect(seqOf(next.code)).toBe(seqOf(lost.before[1]!.code) + RESTORE_CODE_GAP + 1);
    const paid = await h.ok('payments.collect', { dossierId: next.id }, officer);
    expect(paid.receipt.number).toBe(lost.paidBefore.receipt.number + RESTORE_RECEIPT_GAP + 1);
    // Past what the lost machine issued (3 codes, 3 receipts) in this test; the gap is jumped once.
    expect(seqOf(next.code)).toBeGreaterThan(seqOf(lost.after[2]!.code));
    const again = await lost.intake(h, officer);
    expect(seqOf(again.code)).toBe(seqOf(next.code) + 1);
    expect((await h.ok('payments.collect', { dossierId: again.id }, officer)).receipt.number).toBe(paid.receipt.number + 1);
    expect(await h.ok('sync.status', undefined, officer)).toMatchObject({ restorePending: true });
    // The portal is back: the next round reads the feed to its end and the marker clears.
    await p.control({ clearFaults: true });
    expect(await h.ok('sync.run', undefined, officer)).toMatchObject({ ok: true, rejected: 0 });
    expect(await h.ok('sync.status', undefined, officer)).toMatchObject({ restorePending: false });
    expect(await h.ok('sync.issues', undefined, officer)).toEqual([]);
    // A desk that was never restored never shows it.
    expect(await lost.h.ok('sync.status', undefined, await lost.h.login('admin', ADMIN_PASSWORD))).toMatchObject({ restorePending: false });
  }, 60_000);
});
