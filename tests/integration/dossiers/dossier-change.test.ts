import { describe, expect, it } from 'vitest';
import type { DeskEvent } from '../../../shared/api';
import { startCore, type Harness } from '../../support/core-harness';
import { readDb, receiveCertifiedCopy } from '../cash/cash-fixtures';
import { scannedPage } from '../attachments/test-pages';

/** A counter with an officer, a supervisor and an open cash session. */
async function counter() {
  const h = await startCore({ syncIntervalMs: 3_600_000 });
  const officer = await h.userWithRole('officer');
  await h.userWithRole('supervisor', 'giamsat');
  await h.ok('cash.open', { float: 100_000 }, officer);
  return { h, officer, approval: { username: 'giamsat', password: 'giamsat-pass-1' } };
}
type Counter = Awaited<ReturnType<typeof counter>>;

interface Writer {
  writer: string;
  reason: string;
  /** Brings the desk to just before the change; `act` makes it and says which dossier it changed. */
  arrange(c: Counter): Promise<{ dossierId: string | null; act: () => Promise<string> }>;
}

const page = async () => (await scannedPage('Trang 1')).toString('base64');
async function withAttachment(c: Counter) {
  const dossier = await receiveCertifiedCopy(c.h, c.officer);
  const code = (await c.h.ok('dossiers.get', { id: dossier.id }, c.officer)).components[0]!.code;
  const added = await c.h.ok('attachments.add', { dossierId: dossier.id, componentCode: code, fileName: 'to-khai.jpg', contentBase64: await page() }, c.officer);
  return { dossier, code, added };
}

const WRITERS: Writer[] = [
  {
    writer: 'intake: a new dossier',
    reason: 'create',
    arrange: async (c) => ({ dossierId: null, act: async () => (await receiveCertifiedCopy(c.h, c.officer)).id }),
  },
  {
    writer: 'a lifecycle action (Chuyển xử lý)',
    reason: 'handOff',
    arrange: async (c) => {
      const { id } = await receiveCertifiedCopy(c.h, c.officer);
      return { dossierId: id, act: async () => (await c.h.ok('dossiers.handOff', { id }, c.officer)).id };
    },
  },
  {
    writer: 'editing the dossier (Sửa thông tin hồ sơ)',
    reason: 'update',
    arrange: async (c) => {
      const { id } = await receiveCertifiedCopy(c.h, c.officer);
      return { dossierId: id, act: async () => (await c.h.ok('dossiers.update', { id, note: 'Đã gọi điện cho công dân' }, c.officer)).id };
    },
  },
  {
    writer: 'collecting the fee',
    reason: 'payment.collect',
    arrange: async (c) => {
      const { id } = await receiveCertifiedCopy(c.h, c.officer);
      return { dossierId: id, act: async () => (await c.h.ok('payments.collect', { dossierId: id }, c.officer), id) };
    },
  },
  {
    writer: 'voiding the receipt',
    reason: 'payment.void',
    arrange: async (c) => {
      const { id } = await receiveCertifiedCopy(c.h, c.officer);
      const paid = await c.h.ok('payments.collect', { dossierId: id }, c.officer);
      return { dossierId: id, act: async () => (await c.h.ok('payments.void', { paymentId: paid.paymentId, reason: 'Thu nhầm', approval: c.approval }, c.officer), id) };
    },
  },
  {
    writer: 'a refund',
    reason: 'payment.refund',
    arrange: async (c) => {
      const { id } = await receiveCertifiedCopy(c.h, c.officer);
      const paid = await c.h.ok('payments.collect', { dossierId: id }, c.officer);
      return {
        dossierId: id,
        act: async () => (await c.h.ok('payments.refund', { paymentId: paid.paymentId, amount: 2_000, reason: 'Bớt một trang', approval: c.approval }, c.officer), id),
      };
    },
  },
  {
    writer: 'attaching a scanned page',
    reason: 'attachments.add',
    arrange: async (c) => {
      const { id } = await receiveCertifiedCopy(c.h, c.officer);
      const code = (await c.h.ok('dossiers.get', { id }, c.officer)).components[0]!.code;
      const content = await page();
      return { dossierId: id, act: async () => (await c.h.ok('attachments.add', { dossierId: id, componentCode: code, fileName: 'to-khai.jpg', contentBase64: content }, c.officer), id) };
    },
  },
  {
    writer: 'editing the pages of an attachment',
    reason: 'attachments.editPages',
    arrange: async (c) => {
      const { dossier, added } = await withAttachment(c);
      return { dossierId: dossier.id, act: async () => (await c.h.ok('attachments.editPages', { id: added.id, order: [1], rotate: { 1: 90 } }, c.officer), dossier.id) };
    },
  },
  {
    writer: 'removing an attachment',
    reason: 'attachments.remove',
    arrange: async (c) => {
      const { dossier, added } = await withAttachment(c);
      return { dossierId: dossier.id, act: async () => (await c.h.ok('attachments.remove', { id: added.id }, c.officer), dossier.id) };
    },
  },
];

const revisionOf = (h: Harness, id: string) =>
  readDb(h, (db) => (db.prepare('SELECT revision FROM dossiers WHERE id = ?').get(id) as { revision: number }).revision);
const outbox = (h: Harness) =>
  readDb(h, (db) => db.prepare('SELECT id, dossier_id AS dossierId, revision, reason FROM outbox ORDER BY id').all() as Array<{ id: number; dossierId: string; revision: number; reason: string }>);

describe('a change the portal must learn is recorded the same way by every writer', () => {
  it.each(WRITERS)('$writer: the revision once up, one outbox row at it, one dossiers.changed for the dossier', async ({ reason, arrange }) => {
    const c = await counter();
    const { dossierId, act } = await arrange(c);
    const before = dossierId ? revisionOf(c.h, dossierId) : 0;
    const rowsBefore = outbox(c.h);
    const events: DeskEvent[] = [];
    const stop = c.h.core.onEvent((event) => events.push(event));
    const changed = await act();
    stop();

    expect(changed).toBe(dossierId ?? changed);
    expect(revisionOf(c.h, changed)).toBe(before + 1);
    const lastBefore = rowsBefore.at(-1)?.id ?? 0;
    expect(outbox(c.h).filter((r) => r.id > lastBefore).map(({ dossierId: d, revision, reason: r }) => ({ dossierId: d, revision, reason: r }))).toEqual([
      { dossierId: changed, revision: before + 1, reason },
    ]);
    expect(events.filter((e) => e.name === 'dossiers.changed').map((e) => e.data)).toEqual([{ ids: [changed] }]);
  });
});
