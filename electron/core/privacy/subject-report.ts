import type Database from 'better-sqlite3-multiple-ciphers';
import type { SubjectReport } from '../../../shared/api';
import type { HandlerContext } from '../api/handler-context';
import { requireUser } from '../api/handler-context';
import { accessRows } from './access-log';

interface DossierRow {
  id: string;
  code: string;
  procedure_code: string;
  procedure_name: string;
  status: number;
  received_at: string;
  due_at: string | null;
  finished_at: string | null;
  returned_at: string | null;
  applicant_json: string;
  applicant_id_number: string | null;
  applicant_name: string;
  delegate_json: string | null;
  collected_by_json: string | null;
  postal_address: string | null;
}

interface PaymentRow {
  dossier_id: string;
  receipt_form: string;
  receipt_series: string;
  receipt_number: number;
  amount: number;
  status: string;
  collected_at: string;
  payer_name: string;
  payer_address: string | null;
  officer: string;
}

interface AttachmentRow {
  dossier_id: string;
  component_code: string;
  file_name: string;
  pages: number;
  bytes: number;
  created_at: string;
  removed_at: string | null;
}

const parse = (text: string | null): unknown => (text ? JSON.parse(text) : null);
const idOf = (value: unknown): string | null => {
  const id = (value as { idNumber?: unknown } | null)?.idNumber;
  return typeof id === 'string' ? id.trim().toUpperCase() : null;
};
const nameOf = (value: unknown): string | null => {
  const v = value as { fullName?: unknown; name?: unknown } | null;
  const name = v?.fullName ?? v?.name;
  return typeof name === 'string' && name.trim() ? name.trim() : null;
};

/**
 * The dossiers where the ID number is the applicant's (indexed), the delegate's or the recipient's
 * at hand-over (a scan of the rows that have one, narrowed by instr() before the JSON is read).
 */
function dossiersOf(db: Database.Database, idNumber: string): DossierRow[] {
  return db
    .prepare(
      `SELECT id, code, procedure_code, procedure_name, status, received_at, due_at, finished_at, returned_at, applicant_json,
              applicant_id_number, applicant_name, delegate_json, collected_by_json, postal_address
       FROM dossiers WHERE applicant_id_number = @id
       UNION
       SELECT id, code, procedure_code, procedure_name, status, received_at, due_at, finished_at, returned_at, applicant_json,
              applicant_id_number, applicant_name, delegate_json, collected_by_json, postal_address
       FROM dossiers
       WHERE (delegate_json IS NOT NULL AND instr(delegate_json, @id) > 0 AND upper(json_extract(delegate_json, '$.idNumber')) = @id)
          OR (collected_by_json IS NOT NULL AND instr(collected_by_json, @id) > 0 AND upper(json_extract(collected_by_json, '$.idNumber')) = @id)
       ORDER BY received_at, code`,
    )
    .all({ id: idNumber }) as DossierRow[];
}

/** Everything the desk holds about one ID number, with every recorded read of it. */
export function subjectReport(ctx: HandlerContext, idNumber: string): SubjectReport {
  const db = ctx.db;
  const rows = dossiersOf(db, idNumber);
  const names = new Set<string>();
  const dossiers = rows.map((row) => {
    const applicant = parse(row.applicant_json);
    const delegate = parse(row.delegate_json);
    const collectedBy = parse(row.collected_by_json);
    const roles: Array<'applicant' | 'delegate' | 'recipient'> = [];
    if ((row.applicant_id_number ?? '').toUpperCase() === idNumber) {
      roles.push('applicant');
      names.add(row.applicant_name);
    }
    for (const [role, person] of [['delegate', delegate], ['recipient', collectedBy]] as const) {
      if (idOf(person) !== idNumber) continue;
      roles.push(role);
      const name = nameOf(person);
      if (name) names.add(name);
    }
    return {
      id: row.id,
      code: row.code,
      roles,
      procedureCode: row.procedure_code,
      procedureName: row.procedure_name,
      status: row.status,
      receivedAt: row.received_at,
      dueAt: row.due_at,
      finishedAt: row.finished_at,
      returnedAt: row.returned_at,
      applicant: roles.includes('applicant') ? applicant : { fullName: nameOf(applicant) },
      delegate: roles.includes('delegate') ? delegate : null,
      collectedBy: roles.includes('recipient') ? collectedBy : null,
      postalAddress: roles.includes('applicant') ? row.postal_address : null,
    };
  });
  const ids = dossiers.map((d) => d.id);
  const codeOf = new Map(dossiers.map((d) => [d.id, d.code]));
  const inList = ids.map(() => '?').join(', ');
  const payments = ids.length
    ? (db
        .prepare(
          `SELECT dossier_id, receipt_form, receipt_series, receipt_number, amount, status, collected_at, payer_name, payer_address, officer
           FROM payments WHERE dossier_id IN (${inList}) ORDER BY collected_at`,
        )
        .all(...ids) as PaymentRow[])
    : [];
  const attachments = ids.length
    ? (db
        .prepare(`SELECT dossier_id, component_code, file_name, pages, bytes, created_at, removed_at FROM attachments WHERE dossier_id IN (${inList}) ORDER BY created_at`)
        .all(...ids) as AttachmentRow[])
    : [];
  const accessWhere = ids.length ? `a.words = ? OR a.dossier_id IN (${inList})` : 'a.words = ?';
  const accessLog = accessRows(db, accessWhere, [idNumber, ...ids], 10_000);
  return {
    idNumber,
    generatedAt: ctx.clock.now().toISOString(),
    generatedBy: requireUser(ctx).username,
    agencyName: ctx.services.identity().agencyName,
    names: [...names],
    dossiers,
    payments: payments.map((p) => ({
      dossierCode: codeOf.get(p.dossier_id) ?? '',
      receipt: `${p.receipt_form} · ${p.receipt_series} · ${String(p.receipt_number).padStart(7, '0')}`,
      amount: p.amount,
      status: p.status,
      collectedAt: p.collected_at,
      payerName: p.payer_name,
      payerAddress: p.payer_address,
      officer: p.officer,
    })),
    attachments: attachments.map((a) => ({
      dossierCode: codeOf.get(a.dossier_id) ?? '',
      componentCode: a.component_code,
      fileName: a.file_name,
      pages: a.pages,
      bytes: a.bytes,
      createdAt: a.created_at,
      removedAt: a.removed_at,
    })),
    accessLog,
  };
}
