import { describe, expect, it } from 'vitest';
import type { Backlog } from '../../../shared/api';
import { startCore, type Harness } from '../../support/core-harness';
import { startPortal, type PortalHarness } from '../../support/training-portal-harness';

const BIRTH = '1.001193';

async function counter(p: PortalHarness, n: number) {
  const h = await startCore({ portal: p.settings, counter: n, syncIntervalMs: 3_600_000 });
  h.clock.set(new Date().toISOString());
  return h;
}

async function receive(h: Harness, token: string, fullName: string) {
  const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
  return h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName, address: 'Bản Lang' }, components }, token);
}

const sum = (rows: Array<Record<string, unknown>>, key: string) => rows.reduce((total, row) => total + (row[key] as number), 0);

/** The rule the supervisor's screen states: each table column adds up to its card. */
function expectTablesAgreeWithCards(b: Backlog) {
  const officers = [...b.byOfficer, b.otherCounters];
  expect(sum(officers, 'receivedToday')).toBe(b.receivedToday);
  expect(sum(officers, 'overdue')).toBe(b.overdue);
  expect(sum(b.byProcedure, 'overdue')).toBe(b.overdue);
  expect(sum(officers, 'open')).toBe(sum(b.byProcedure, 'open'));
}

describe("the supervisor's backlog", () => {
  it('counts a refused online filing nowhere as received, an accepted one for the officer who accepted it, and the cards agree with the tables', async () => {
    const p = await startPortal();
    const here = await counter(p, 1);
    const lan = await here.userWithRole('officer', 'lan');
    const hoa = await here.userWithRole('officer', 'hoa');
    const supervisor = await here.userWithRole('supervisor', 'lanhdao');
    for (const name of ['Lò Văn Páo', 'Lò Thị Mai', 'Lường Văn Ơn']) await receive(here, lan, name);
    const handedOff = await receive(here, hoa, 'Cầm Thị Hoa');
    await here.ok('dossiers.handOff', { id: handedOff.id }, hoa);

    // Another counter of the ward receives one; this desk learns of it from the portal.
    const other = await counter(p, 2);
    const otherOfficer = await other.userWithRole('officer', 'quay2');
    await receive(other, otherOfficer, 'Quàng Văn Dũng');
    await other.ok('sync.run', undefined, otherOfficer);

    // Three online filings: one accepted, one refused here, one left waiting.
    await here.ok('sync.run', undefined, lan);
    await p.control({ seedOnline: { count: 3, madonvi: '000.00.00.H56' } });
    await here.ok('sync.run', undefined, lan);
    const online = (await here.ok('dossiers.list', { status: [1] }, lan)).items;
    expect(online).toHaveLength(3);
    await here.ok('dossiers.accept', { id: online[0]!.id }, hoa);
    await here.ok('dossiers.refuse', { id: online[1]!.id, reasons: ['Thiếu tờ khai'] }, lan);

    const b = await here.ok('dossiers.backlog', undefined, supervisor);
    // Received today: lan 3, hoa 1 + the accepted filing, the other counter 1; not the refused filing.
    expect(b.receivedToday).toBe(6);
    expect(b.byOfficer.map((o) => [o.username, o.receivedToday, o.open])).toEqual([
      ['hoa', 2, 2],
      ['lan', 3, 3],
    ]);
    expect(b.otherCounters).toEqual({ receivedToday: 1, open: 1, overdue: 0 });
    expect(b.waitingOnline).toBe(1);
    expect(sum(b.byProcedure, 'open')).toBe(6);
    expectTablesAgreeWithCards(b);

    // The card's link shows the same dossiers in the queue: received today, not refused.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(here.clock.now());
    const listed = await here.ok('dossiers.list', { receivedFrom: today, receivedTo: today, status: [2, 4, 5, 6, 7, 8, 9, 10] }, supervisor);
    expect(listed.items).toHaveLength(b.receivedToday);
  });

  it('overdue dossiers are counted once in the card and once in each table', async () => {
    const h = await startCore();
    h.clock.set('2026-11-23T01:00:00Z'); // Monday 08:00 in Vietnam
    const lan = await h.userWithRole('officer', 'lan');
    await h.userWithRole('supervisor', 'lanhdao');
    const late = await receive(h, lan, 'Lò Văn Páo');
    const paused = await receive(h, lan, 'Lò Thị Mai');
    await h.ok('dossiers.requestSupplement', { id: paused.id, reason: 'Thiếu giấy tờ', items: ['Giấy chứng sinh'] }, lan);
    h.clock.set('2026-12-23T01:00:00Z'); // a month later: the birth registration is long past its day
    const b = await h.ok('dossiers.backlog', undefined, await h.login('lanhdao', 'lanhdao-pass-1'));
    expect(b.overdue).toBe(1);
    expect(b.waitingSupplement).toBe(1);
    expect(b.receivedToday).toBe(0);
    expect(b.byProcedure).toEqual([expect.objectContaining({ procedureCode: BIRTH, open: 2, overdue: 1 })]);
    expect(b.byOfficer).toEqual([expect.objectContaining({ username: 'lan', receivedToday: 0, open: 2, overdue: 1 })]);
    expectTablesAgreeWithCards(b);
    expect((await h.ok('dossiers.list', { due: 'overdue' }, await h.login('lan', 'lan-pass-1'))).items.map((i) => i.id)).toEqual([late.id]);
  });
});
