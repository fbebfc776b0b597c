import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { readDb, receiveCertifiedCopy } from './cash-fixtures';

async function counterWithPayment() {
  const h = await startCore();
  const officer = await h.userWithRole('officer');
  await h.userWithRole('supervisor', 'giamsat');
  await h.ok('cash.open', { float: 100_000 }, officer);
  const dossier = await receiveCertifiedCopy(h, officer);
  const paid = await h.ok('payments.collect', { dossierId: dossier.id, tendered: 20_000 }, officer);
  return { h, officer, dossier, paid, approval: { username: 'giamsat', password: 'giamsat-pass-1' } };
}

describe('voiding a receipt', () => {
  it('needs a supervisor: wrong password or an officer approving is refused, and nothing changes', async () => {
    const { h, officer, paid } = await counterWithPayment();
    const wrong = await h.raw('payments.void', { paymentId: paid.paymentId, reason: 'Ghi sai', approval: { username: 'giamsat', password: 'sai-mat-khau' } }, officer);
    expect(!wrong.ok && wrong.error.code).toBe('FORBIDDEN');
    expect(!wrong.ok && wrong.error.message).toMatch(/người duyệt không đúng/);
    const self = await h.raw('payments.void', { paymentId: paid.paymentId, reason: 'Ghi sai', approval: { username: 'officer1', password: 'officer1-pass-1' } }, officer);
    expect(!self.ok && self.error.code).toBe('FORBIDDEN');
    expect((await h.ok('payments.list', { sessionId: 1 }, officer))[0]!.status).toBe('paid');
    expect(readDb(h, (db) => db.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'approval'`).get())).toEqual({ n: 1 });
  });

  it('a supervisor who has not yet changed the first password an administrator gave cannot approve', async () => {
    const { h, officer, paid } = await counterWithPayment();
    await h.ok('users.create', { username: 'giamsatmoi', fullName: 'Giám sát mới', password: 'giamsatmoi-first-1', role: 'supervisor' }, await h.adminToken());
    const refused = await h.raw('payments.void', { paymentId: paid.paymentId, reason: 'Ghi sai', approval: { username: 'giamsatmoi', password: 'giamsatmoi-first-1' } }, officer);
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    expect(!refused.ok && refused.error.message).toMatch(/đổi mật khẩu trước khi duyệt/);
    expect((await h.ok('payments.list', { sessionId: 1 }, officer))[0]!.status).toBe('paid');
    // Once the supervisor has chosen a password, the same approval goes through.
    const token = await h.login('giamsatmoi', 'giamsatmoi-first-1');
    await h.ok('auth.changePassword', { currentPassword: 'giamsatmoi-first-1', newPassword: 'giamsatmoi-pass-1' }, token);
    const voided = await h.ok('payments.void', { paymentId: paid.paymentId, reason: 'Ghi sai', approval: { username: 'giamsatmoi', password: 'giamsatmoi-pass-1' } }, officer);
    expect(voided.status).toBe('void');
  });

  it('keeps the receipt number, marks the receipt ĐÃ HỦY, pays the money back out of the session and changes the dossier revision', async () => {
    const { h, officer, dossier, paid, approval } = await counterWithPayment();
    const revision = (await h.ok('dossiers.get', { id: dossier.id }, officer)).revision;
    const voided = await h.ok('payments.void', { paymentId: paid.paymentId, reason: 'Thu nhầm hồ sơ', approval }, officer);
    expect(voided).toMatchObject({ status: 'void', amount: -14_000, document: { form: 'PC', number: 1 }, dossierRevision: revision + 1 });

    const list = await h.ok('payments.list', { dossierId: dossier.id }, officer);
    expect(list).toEqual([expect.objectContaining({ status: 'void', receipt: { form: '01BLP0-001', series: 'AA-26P', number: 1 } })]);
    const receipt = await h.ok('payments.receipt', { paymentId: paid.paymentId }, officer);
    expect(receipt).toMatchObject({ void: true, voidMark: 'ĐÃ HỦY', receipt: { number: 1 } });
    expect(await h.ok('cash.current', undefined, officer)).toMatchObject({ collected: 14_000, movements: -14_000, expected: 100_000 });
    expect(readDb(h, (db) => db.prepare(`SELECT revision, reason FROM outbox WHERE dossier_id = ? ORDER BY id`).all(dossier.id))).toEqual([
      { revision: 1, reason: 'create' },
      { revision: 2, reason: 'payment.collect' },
      { revision: 3, reason: 'payment.void' },
    ]);
    const audit = readDb(h, (db) => db.prepare(`SELECT after_json FROM audit_log WHERE method = 'payments.void'`).get()) as { after_json: string };
    expect(JSON.parse(audit.after_json)).toMatchObject({ approvedBy: 'giamsat', reason: 'Thu nhầm hồ sơ' });

    // The fee is unpaid again; the next payment takes the next number, never the voided one.
    expect((await h.ok('payments.unpaid', undefined, officer)).map((u) => u.dossierId)).toEqual([dossier.id]);
    const again = await h.ok('payments.collect', { dossierId: dossier.id }, officer);
    expect(again.receipt.number).toBe(2);
    const twice = await h.raw('payments.void', { paymentId: paid.paymentId, reason: 'Lại', approval }, officer);
    expect(!twice.ok && twice.error.code).toBe('CONFLICT');
  });
});

describe('refunds', () => {
  it('a refund is a negative movement in the current session with its own document, never more than was paid', async () => {
    const { h, officer, paid, approval } = await counterWithPayment();
    const refund = await h.ok('payments.refund', { paymentId: paid.paymentId, amount: 4_000, reason: 'Chỉ chứng thực 3 trang', approval }, officer);
    expect(refund).toMatchObject({ status: 'refunded', amount: -4_000, document: { form: 'PC', series: 'AA-26P', number: 1 } });
    const tooMuch = await h.raw('payments.refund', { paymentId: paid.paymentId, amount: 10_001, reason: 'Hoàn thêm', approval }, officer);
    expect(!tooMuch.ok && tooMuch.error.code).toBe('INVALID_INPUT');
    await h.ok('payments.refund', { paymentId: paid.paymentId, amount: 1_000, reason: 'Hoàn thêm', approval }, officer);
    expect(await h.ok('cash.current', undefined, officer)).toMatchObject({ collected: 14_000, movements: -5_000, expected: 109_000 });
    const list = await h.ok('payments.list', { sessionId: 1 }, officer);
    expect(list[0]).toMatchObject({ status: 'refunded', amount: 14_000, refunded: 5_000 });
    const report = await h.ok('cash.report', { date: '2026-11-25' }, await h.adminToken());
    expect(report.refunds.map((r) => [r.amount, r.document.number])).toEqual([[-4_000, 1], [-1_000, 2]]);
    expect(report.totals).toEqual([{ officer: 'officer1', counter: 1, payments: 1, collected: 14_000, cash: 14_000, transfer: 0, voided: 0, refunded: -5_000, net: 9_000 }]);
  });

  it('a refund prints its own phiếu chi: its document number, the receipt it came from, the amount in words and the approver', async () => {
    const { h, officer, dossier, paid, approval } = await counterWithPayment();
    const refund = await h.ok('payments.refund', { paymentId: paid.paymentId, amount: 4_000, reason: 'Chỉ chứng thực 3 trang', approval }, officer);
    const doc = await h.ok('payments.movementDocument', { movementId: refund.movementId }, officer);
    expect(doc).toMatchObject({
      kind: 'refund',
      document: { form: 'PC', series: 'AA-26P', number: 1 },
      receipt: { form: '01BLP0-001', number: paid.receipt.number },
      payer: { name: 'Nguyễn Văn An' },
      dossierCode: dossier.code,
      amount: 4_000,
      amountText: '4.000 đồng',
      amountInWords: 'Bốn nghìn đồng',
      reason: 'Chỉ chứng thực 3 trang',
      approvedBy: { username: 'giamsat', fullName: 'Cán bộ supervisor' },
      officer: { username: 'officer1' },
    });
    const missing = await h.raw('payments.movementDocument', { movementId: paid.paymentId }, officer);
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
  });
});
