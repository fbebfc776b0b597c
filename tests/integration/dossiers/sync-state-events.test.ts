import { describe, expect, it } from 'vitest';
import type { DeskEvent } from '../../../shared/api';
import { startCore } from '../../support/core-harness';
import { startPortal } from '../../support/training-portal-harness';

const BIRTH = '1.001193';

describe('an open dossier learns that the portal acknowledged it', () => {
  it('the sync round says which dossiers it acknowledged (dossiers.changed), before the counts of sync.status', async () => {
    const p = await startPortal();
    const h = await startCore({ portal: p.settings, syncIntervalMs: 3_600_000 });
    h.clock.set(new Date().toISOString());
    const token = await h.userWithRole('officer', 'lan');
    const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const a = await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' }, components }, token);
    const b = await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Văn Páo', address: 'Bản Lang' }, components }, token);
    expect((await h.ok('dossiers.get', { id: a.id }, token)).syncState).toBe('pending');

    const events: DeskEvent[] = [];
    const stop = h.core.onEvent((event) => events.push(event));
    await h.ok('sync.run', undefined, token);
    stop();

    const changed = events.filter((e): e is DeskEvent<'dossiers.changed'> => e.name === 'dossiers.changed');
    expect(changed.flatMap((e) => e.data.ids).sort()).toEqual([a.id, b.id].sort());
    const lastChange = events.findLastIndex((e) => e.name === 'dossiers.changed');
    const status = events.findLastIndex((e) => e.name === 'sync.status');
    expect(lastChange).toBeLessThan(status);
    expect(events[status]!.data).toMatchObject({ pending: 0 });
    // What a panel reloading on that event reads.
    expect((await h.ok('dossiers.get', { id: a.id }, token)).syncState).toBe('synced');

    // A round with nothing to send and no news says no dossier changed.
    events.length = 0;
    const again = h.core.onEvent((event) => events.push(event));
    await h.ok('sync.run', undefined, token);
    again();
    expect(events.filter((e) => e.name === 'dossiers.changed')).toEqual([]);
    expect(events.filter((e) => e.name === 'sync.status')).toHaveLength(1);
  });

  it('a dossier the portal rejects is announced too', async () => {
    const p = await startPortal();
    const h = await startCore({ portal: p.settings, syncIntervalMs: 3_600_000 });
    h.clock.set(new Date().toISOString());
    const token = await h.userWithRole('officer', 'lan');
    const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const a = await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' }, components }, token);
    await p.control({ faults: [{ kind: 'reject', maHoSo: a.code, times: 1 }] });
    const events: DeskEvent[] = [];
    const stop = h.core.onEvent((event) => events.push(event));
    await h.ok('sync.run', undefined, token);
    stop();
    expect((await h.ok('dossiers.get', { id: a.id }, token)).syncState).toBe('rejected');
    const changed = events.filter((e): e is DeskEvent<'dossiers.changed'> => e.name === 'dossiers.changed');
    expect(changed.some((e) => e.data.ids.includes(a.id))).toBe(true);
  });
});
