import { randomUUID } from 'node:crypto';
import type { CreatedDossier, DossierPreview, ParsedInputOf, ProcedureDetail } from '../../../shared/api';
import { dueDate, type ProcessingTime } from '../../../shared/calendar';
import { normalizeText } from '../../../shared/text';
import { processingTimeText } from '../../../shared/processing-time-text';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext } from '../api/handler-context';
import { allocateDossierCode } from './dossier-code-allocator';
import { readCodeRange } from './code-range';
import { nextLogbookRow } from './logbook';
import { recordDossierChange } from './dossier-change';
import { indexApplicantName } from './dossier-search-index';
import { recordStatus } from './status-history';
import { prepared } from '../db/prepared';

type CreateInput = ParsedInputOf<'dossiers.create'>;

export function procedureOrThrow(ctx: HandlerContext, code: string): ProcedureDetail {
  const procedure = ctx.services.catalog.get(code);
  if (!procedure) {
    throw new DeskError('INVALID_INPUT', `Không có thủ tục mã "${code}" trong danh mục.`, { fields: { procedureCode: 'Thủ tục không có trong danh mục.' } });
  }
  if (procedure.withdrawn) {
    throw new DeskError('INVALID_INPUT', `Thủ tục mã "${code}" đã bãi bỏ hoặc không còn trong danh mục của cơ quan: không tiếp nhận hồ sơ mới.`, {
      fields: { procedureCode: 'Thủ tục đã bãi bỏ.' },
    });
  }
  return procedure;
}

/** The processing time of the chosen case (its own, or the procedure's when the case states none). */
export function processingTimeOf(procedure: ProcedureDetail, caseCode: string | undefined): ProcessingTime {
  if (caseCode === undefined) return procedure.processingTime as ProcessingTime;
  const chosen = procedure.cases?.find((c) => c.code === caseCode);
  if (!chosen) {
    throw new DeskError('INVALID_INPUT', `Trường hợp "${caseCode}" không thuộc thủ tục ${procedure.code}.`, { fields: { caseCode: 'Trường hợp không thuộc thủ tục này.' } });
  }
  return (chosen.processingTime ?? procedure.processingTime) as ProcessingTime;
}

/** Required components the officer has not ticked (no original and no copy). */
export function missingComponents(procedure: ProcedureDetail, given: Array<{ code: string; originals: number; copies: number }>) {
  const present = new Set(given.filter((c) => c.originals + c.copies > 0).map((c) => c.code));
  return procedure.components.filter((c) => c.required && !present.has(c.code)).map((c) => ({ code: c.code, name: c.name }));
}

export function previewIntake(ctx: HandlerContext, input: ParsedInputOf<'dossiers.preview'>): DossierPreview {
  const procedure = procedureOrThrow(ctx, input.procedureCode);
  const now = ctx.clock.now();
  const time = processingTimeOf(procedure, input.caseCode);
  let fee: DossierPreview['fee'] = { lines: [], total: 0 };
  let feeError: string | null = null;
  try {
    fee = ctx.services.catalog.fee(procedure.code, input.feeQuantities ?? {}, now, input.applicantGroups ?? []);
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    feeError = error.message;
  }
  return {
    dueAt: dueDate(now, time, { calendar: ctx.services.calendar.get() }).toISOString(),
    processingTimeText: processingTimeText(time),
    fee,
    feeError,
    missingComponents: missingComponents(procedure, input.components ?? []),
  };
}

/**
 * Receives a dossier at the counter, in the router's one transaction: the dossier (UUID,
 * revision 1), its components, status 2 in the history, the code, the logbook row, fee lines,
 * the audit entry and the outbox entry. Nothing partial can survive a crash.
 */
export function receiveDossier(ctx: HandlerContext, input: CreateInput): CreatedDossier {
  const user = requireUser(ctx);
  const procedure = procedureOrThrow(ctx, input.procedureCode);
  const unknown = input.components.filter((c) => !procedure.components.some((p) => p.code === c.code));
  if (unknown.length) {
    throw new DeskError('INVALID_INPUT', `Thành phần không thuộc thủ tục: ${unknown.map((c) => c.code).join(', ')}.`, {
      fields: { components: 'Có thành phần không thuộc thủ tục này.' },
    });
  }
  if ((procedure.cases?.length ?? 0) > 1 && input.caseCode === undefined) {
    throw new DeskError('INVALID_INPUT', `Thủ tục ${procedure.code} có ${procedure.cases!.length} trường hợp: chọn trường hợp của hồ sơ.`, { fields: { caseCode: 'Chọn trường hợp.' } });
  }
  const missing = missingComponents(procedure, input.components);
  if (missing.length) {
    throw new DeskError('MISSING_COMPONENTS', `Hồ sơ còn thiếu thành phần bắt buộc: ${missing.map((m) => m.name).join('; ')}.`, {
      details: { missing },
    });
  }
  if (input.returnMethod === 'post' && !input.postalAddress) {
    throw new DeskError('INVALID_INPUT', 'Trả kết quả qua bưu chính cần địa chỉ nhận.', { fields: { postalAddress: 'Bắt buộc nhập khi trả qua bưu chính.' } });
  }

  const now = ctx.clock.now();
  const at = now.toISOString();
  const identity = ctx.services.identity();
  const calendar = ctx.services.calendar.get();
  const time = processingTimeOf(procedure, input.caseCode);
  const due = dueDate(now, time, { calendar }).toISOString();
  const applicant = normalizeApplicant(input.applicant);
  const groups = input.applicantGroups ?? [];
  const fee = ctx.services.catalog.fee(procedure.code, input.feeQuantities ?? {}, now, groups);
  const id = randomUUID();
  const code = allocateDossierCode(ctx.db, { agencyId: identity.agencyId, counter: identity.counter, at: now, range: readCodeRange(ctx.services.settings) });
  const { bookNumber, rowNumber } = nextLogbookRow(ctx.db, identity.counter, now);

  const info = prepared(ctx.db, 
      `INSERT INTO dossiers(id, code, agency_id, channel, origin, procedure_code, procedure_name, field_code, field_name, status,
        applicant_json, applicant_name, applicant_id_number, applicant_phone, delegate_json, sets, fee_quantities_json,
        applicant_groups_json, exemption_evidence, fee_collection, return_method, postal_address, note, processing_time_json,
        supplement_rule, submitted_at, received_at, due_at, received_by, counter, book_number, row_number, revision,
        created_at, updated_at, procedure_version, procedure_case_code)
       VALUES (?, ?, ?, 1, 'local', ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
    )
    .run(
      id, code, identity.agencyId, procedure.code, procedure.name, procedure.fieldCode, procedure.field, JSON.stringify(applicant),
      applicant.fullName, applicant.idNumber ?? null, applicant.phone ?? null, input.delegate ? JSON.stringify(input.delegate) : null,
      input.sets, JSON.stringify(input.feeQuantities ?? {}), JSON.stringify(groups), input.exemptionEvidence ?? null,
      fee.total > 0 ? procedure.feeCollection : 'none', input.returnMethod, input.postalAddress ?? null, input.note ?? null,
      JSON.stringify(time), procedure.supplementRule, at, at, due, user.id, identity.counter, bookNumber, rowNumber, at, at,
      procedure.version ?? null, input.caseCode ?? null,
    );
  indexApplicantName(ctx.db, Number(info.lastInsertRowid), applicant.fullName);

  const insertComponent = prepared(ctx.db, 
    'INSERT INTO dossier_components(dossier_id, position, code, name, required, originals, copies) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  procedure.components.forEach((component, position) => {
    const given = input.components.find((c) => c.code === component.code);
    if (!given || given.originals + given.copies === 0) return;
    insertComponent.run(id, position, component.code, component.name, component.required ? 1 : 0, given.originals, given.copies);
  });
  const insertFee = prepared(ctx.db, 'INSERT INTO dossier_fee_lines(dossier_id, line_no, code, name, amount) VALUES (?, ?, ?, ?, ?)');
  fee.lines.forEach((line, i) => insertFee.run(id, i + 1, line.code, line.name, line.amount));

  // Written at revision 0: its first change the portal must learn (the creation) makes it revision 1.
  const revision = recordDossierChange(ctx, id, 'create', { at: now });
  recordStatus(ctx, { dossierId: id, status: 2, action: 'create', reason: null, revision, at: now });
  ctx.audit({ entity: 'dossier', entityId: id, after: { code, procedureCode: procedure.code, applicant, dueAt: due, fee } });
  return { id, code, status: 2, receivedAt: at, dueAt: due, bookNumber, rowNumber };
}

/** NFC, trimmed, inner spaces collapsed; names in the case the officer typed. */
export function normalizeApplicant<T extends { fullName?: string; address?: string }>(applicant: T): T {
  const out: Record<string, unknown> = { ...applicant };
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === 'string') out[key] = normalizeText(value);
  }
  return out as T;
}

