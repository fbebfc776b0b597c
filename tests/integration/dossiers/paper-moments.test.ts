import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { startPortal } from '../../support/training-portal-harness';
import { receiveCertifiedCopy } from '../cash/cash-fixtures';

// What Mẫu 04 and Mẫu 06 read from dossiers.get: the promised time each step left, and the time
// the counter had to hand the dossier to the back office.
describe('the promised times a dossier carries for its papers', () => {
  it('a reschedule keeps the time promised before and the new one; every step records its promised time', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer');
    const dossier = await receiveCertifiedCopy(h, officer); // Wednesday 25/11/2026 09:00 Vietnam time
    const received = await h.ok('dossiers.get', { id: dossier.id }, officer);
    const promised = received.dueAt;
    h.clock.advance(20 * 60_000);
    await h.ok('dossiers.handOff', { id: dossier.id }, officer);
    h.clock.advance(20 * 60_000);
    await h.ok('dossiers.reschedule', { id: dossier.id, newDueAt: '2026-11-30T09:00:00.000Z', reason: 'Chờ cơ quan công an xác minh nơi cư trú' }, officer);

    const detail = await h.ok('dossiers.get', { id: dossier.id }, officer);
    expect(detail.history.map((entry) => [entry.action, entry.dueAt])).toEqual([
      ['create', promised],
      ['handOff', promised],
      ['reschedule', '2026-11-30T09:00:00.000Z'],
    ]);
    expect(detail.history[2]!.reason).toBe('Chờ cơ quan công an xác minh nơi cư trú');
    expect(detail.dueAt).toBe('2026-11-30T09:00:00.000Z');
  });

  it('the counter must hand off by the close of the day received, or of the next working day after 15:00', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer');
    const morning = await receiveCertifiedCopy(h, officer); // Wednesday 09:00
    h.clock.set('2026-11-27T08:30:00.000Z'); // Friday 15:30 Vietnam time
    const friday = await h.login('officer1', 'officer1-pass-1');
    const lateFriday = await receiveCertifiedCopy(h, friday);

    expect((await h.ok('dossiers.get', { id: morning.id }, friday)).handOffDueAt).toBe('2026-11-25T10:00:00.000Z'); // Wednesday 17:00
    expect((await h.ok('dossiers.get', { id: lateFriday.id }, friday)).handOffDueAt).toBe('2026-11-30T10:00:00.000Z'); // Monday 17:00
  });

  it('a withdrawn dossier keeps the citizen\'s reason on its last history line', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer');
    const dossier = await receiveCertifiedCopy(h, officer);
    await h.ok('dossiers.withdraw', { id: dossier.id, reason: 'Công dân không còn nhu cầu chứng thực' }, officer);
    const detail = await h.ok('dossiers.get', { id: dossier.id }, officer);
    expect(detail.status).toBe(7);
    expect(detail.history.at(-1)).toMatchObject({ status: 7, action: 'withdraw', reason: 'Công dân không còn nhu cầu chứng thực' });
  });

  it('a dossier the back office stops comes through the feed as status 8 on a history line of its own, with the promised time', async () => {
    const p = await startPortal();
    const h = await startCore({ portal: p.settings, syncIntervalMs: 60_000 });
    h.clock.set(new Date().toISOString());
    const officer = await h.userWithRole('officer');
    const dossier = await receiveCertifiedCopy(h, officer);
    await h.ok('dossiers.handOff', { id: dossier.id }, officer);
    expect((await h.ok('sync.run', undefined, officer)).ok).toBe(true);
    const code = (await h.ok('dossiers.get', { id: dossier.id }, officer)).code;

    expect(await p.control({ backOffice: { stop: [code] } })).toMatchObject({ ok: true, processed: [code] });
    expect((await h.ok('sync.run', undefined, officer)).ok).toBe(true);

    const detail = await h.ok('dossiers.get', { id: dossier.id }, officer);
    expect(detail.status).toBe(8);
    expect(detail.history.map((entry) => [entry.status, entry.action])).toEqual([
      [2, 'create'],
      [4, 'handOff'],
      [8, 'portal'],
    ]);
    expect(detail.history.at(-1)!.dueAt).toBe(detail.dueAt);
  });
});
