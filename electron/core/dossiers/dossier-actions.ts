import type { DossierDetail, ParsedInputOf } from '../../../shared/api';
import { dueDate, dueDateAfterSupplement, type ProcessingTime } from '../../../shared/calendar';
import { ACTION_RULES, transitionRefusal, type DossierAction } from '../../../shared/dossier-lifecycle';
import type { DossierStatus } from '../../../shared/dossier-status';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext } from '../api/handler-context';
import { readDossierRow, type DossierRow } from './dossier-row';
import { loadDossierDetail } from './dossier-views';
import { recordDossierChange } from './dossier-change';
import { recordStatus } from './status-history';
import { nextLogbookRow } from './logbook';
import { indexApplicantName } from './dossier-search-index';
import { normalizeApplicant } from './intake';
import { assertFeePaid } from '../cash';
import { prepared } from '../db/prepared';
import { ANY_COUNTER_ACTIONS, receivedElsewhere } from './counter-rights';

type Changes = Partial<Record<keyof DossierRow, string | number | null>>;


function loadRow(ctx: HandlerContext, id: string): DossierRow {
  const row = readDossierRow(ctx.db, id);
  if (!row) throw new DeskError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  return row;
}

function checkAllowed(row: DossierRow, action: DossierAction): void {
  const refusal = transitionRefusal(action, row.status as DossierStatus);
  if (refusal) throw new DeskError('INVALID_TRANSITION', refusal, { details: { status: row.status, action } });
  if (receivedElsewhere(row) && !ANY_COUNTER_ACTIONS.includes(action)) {
    throw new DeskError('INVALID_TRANSITION', 'Hồ sơ do quầy khác tiếp nhận: quầy này chỉ được trả kết quả hoặc nhận bổ sung.');
  }
}

/**
 * Applies one named action: checks it is allowed now, writes the changes, records the change the
 * portal must learn (revision, outbox, event), keeps the history line and the audit entry, all in
 * the router's transaction.
 */
function applyAction(
  ctx: HandlerContext,
  id: string,
  action: DossierAction,
  reason: string | null,
  change: (row: DossierRow, now: Date) => Changes,
): DossierDetail {
  const row = loadRow(ctx, id);
  checkAllowed(row, action);
  const now = ctx.clock.now();
  const fields = change(row, now);
  const to = ACTION_RULES[action].to;
  const status: Changes = to !== null ? { status: to } : {};
  const written: Changes = { ...fields, ...status };
  const columns = Object.keys(written);
  if (columns.length) {
    prepared(ctx.db, `UPDATE dossiers SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`)
      .run(...columns.map((c) => written[c as keyof DossierRow] ?? null), id);
  }
  const revision = recordDossierChange(ctx, id, action, { at: now });
  recordStatus(ctx, { dossierId: id, status: to ?? row.status, action, reason, revision, at: now });
  const changes: Changes = { ...fields, revision, updated_at: now.toISOString(), ...status };
  const before = Object.fromEntries(Object.keys(changes).map((c) => [c, row[c as keyof DossierRow]]));
  ctx.audit({ entity: 'dossier', entityId: id, before, after: { ...changes, reason } });
  return loadDossierDetail(ctx.db, id, now, ctx.services.calendar.get(), ctx.user?.role, (dossierId) => ctx.services.sync.isSending(dossierId));
}

const json = (value: unknown) => JSON.stringify(value);

export function acceptDossier(ctx: HandlerContext, { id }: ParsedInputOf<'dossiers.accept'>) {
  const user = requireUser(ctx);
  const identity = ctx.services.identity();
  return applyAction(ctx, id, 'accept', null, (row, now) => {
    const { bookNumber, rowNumber } = nextLogbookRow(ctx.db, identity.counter, now);
    const due = dueDate(now, JSON.parse(row.processing_time_json) as ProcessingTime, { calendar: ctx.services.calendar.get() });
    return { received_at: now.toISOString(), due_at: due.toISOString(), received_by: user.id, counter: identity.counter, book_number: bookNumber, row_number: rowNumber };
  });
}

export function refuseDossier(ctx: HandlerContext, { id, reasons }: ParsedInputOf<'dossiers.refuse'>) {
  return applyAction(ctx, id, 'refuse', reasons.join('; '), (_row, now) => ({ refusal_json: json(reasons), refused_at: now.toISOString() }));
}

export function requestSupplement(ctx: HandlerContext, { id, reason, items }: ParsedInputOf<'dossiers.requestSupplement'>) {
  return applyAction(ctx, id, 'requestSupplement', reason, (_row, now) => ({
    paused_at: now.toISOString(),
    supplement_json: json({ reason, items, requestedAt: now.toISOString() }),
  }));
}

export function receiveSupplement(ctx: HandlerContext, { id, note }: ParsedInputOf<'dossiers.receiveSupplement'>) {
  return applyAction(ctx, id, 'receiveSupplement', note ?? null, (row, now) => {
    const changes: Changes = { paused_at: null };
    if (row.due_at && row.paused_at) {
      const due = dueDateAfterSupplement(
        {
          rule: row.supplement_rule,
          time: JSON.parse(row.processing_time_json) as ProcessingTime,
          dueAt: new Date(row.due_at),
          pausedAt: new Date(row.paused_at),
          resumedAt: now,
        },
        { calendar: ctx.services.calendar.get() },
      );
      changes.due_at = due.toISOString();
    }
    if (row.supplement_json) changes.supplement_json = json({ ...JSON.parse(row.supplement_json), receivedAt: now.toISOString() });
    return changes;
  });
}

export function handOffDossier(ctx: HandlerContext, { id, note }: ParsedInputOf<'dossiers.handOff'>) {
  return applyAction(ctx, id, 'handOff', note ?? null, () => ({}));
}

export function markProcessed(ctx: HandlerContext, { id, note }: ParsedInputOf<'dossiers.markProcessed'>) {
  return applyAction(ctx, id, 'markProcessed', note ?? null, (_row, now) => ({ finished_at: now.toISOString() }));
}

export function handOverResult(ctx: HandlerContext, { id, collectedBy }: ParsedInputOf<'dossiers.handOver'>) {
  // The fee is checked once the action itself is allowed: a dossier not yet processed answers
  // INVALID_TRANSITION, whatever its fee (applyAction runs this callback after checkAllowed).
  return applyAction(ctx, id, 'handOver', `Người nhận: ${collectedBy.fullName}`, (_row, now) => {
    assertFeePaid(ctx.db, id);
    return { returned_at: now.toISOString(), collected_by_json: json(normalizeApplicant(collectedBy)) };
  });
}

export function withdrawDossier(ctx: HandlerContext, { id, reason }: ParsedInputOf<'dossiers.withdraw'>) {
  return applyAction(ctx, id, 'withdraw', reason, () => ({}));
}

export function rescheduleDossier(ctx: HandlerContext, { id, newDueAt, reason }: ParsedInputOf<'dossiers.reschedule'>) {
  const next = new Date(newDueAt);
  if (next.getTime() <= ctx.clock.now().getTime()) {
    throw new DeskError('INVALID_INPUT', 'Ngày hẹn trả mới phải sau thời điểm hiện tại.', { fields: { newDueAt: 'Phải sau thời điểm hiện tại.' } });
  }
  return applyAction(ctx, id, 'reschedule', reason, () => ({ due_at: next.toISOString() }));
}

export function updateDossier(ctx: HandlerContext, input: ParsedInputOf<'dossiers.update'>) {
  const user = requireUser(ctx);
  const row = loadRow(ctx, input.id);
  if (user.role === 'officer' && row.received_by !== user.id) {
    throw new DeskError('FORBIDDEN', 'Chỉ cán bộ đã tiếp nhận hồ sơ hoặc lãnh đạo mới được sửa thông tin hồ sơ.');
  }
  const returnMethod = input.returnMethod ?? row.return_method;
  const postalAddress = input.postalAddress ?? row.postal_address;
  if (returnMethod === 'post' && !postalAddress) {
    throw new DeskError('INVALID_INPUT', 'Trả kết quả qua bưu chính cần địa chỉ nhận.', { fields: { postalAddress: 'Bắt buộc nhập khi trả qua bưu chính.' } });
  }
  return applyAction(ctx, input.id, 'update', input.note ?? null, (current) => {
    const changes: Changes = {};
    if (input.applicant) {
      const applicant = { ...JSON.parse(current.applicant_json), ...normalizeApplicant(input.applicant) };
      changes.applicant_json = json(applicant);
      changes.applicant_name = applicant.fullName;
      changes.applicant_id_number = applicant.idNumber ?? null;
      changes.applicant_phone = applicant.phone ?? null;
      indexApplicantName(ctx.db, current.rowid, applicant.fullName);
    }
    if (input.note !== undefined) changes.note = input.note;
    if (input.returnMethod !== undefined) changes.return_method = input.returnMethod;
    if (input.postalAddress !== undefined) changes.postal_address = input.postalAddress;
    return changes;
  });
}
