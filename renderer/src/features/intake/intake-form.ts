/** The intake form's values and how they become a `dossiers.create` / `dossiers.preview` input. */
import type { Dayjs } from 'dayjs';
import type { InputOf } from '../../../../shared/api';
import type { ProcedureDetail } from '../../../../shared/api/catalog';
import { normalizeText } from '../../../../shared/text';
import { isOldId, isPersonalId, isPhone, isTaxCode, normalizePhone } from '../../../../shared/validators';

export type ApplicantType = 'citizen' | 'business' | 'agency' | 'organisation';
export type IdType = 'cccd' | 'cmnd' | 'passport' | 'tax-code';
export type FeeQuantityKey = 'pages' | 'copies' | 'cases';

export interface ComponentValue {
  code: string;
  present: boolean;
  originals: number;
  copies: number;
}

export interface IntakeValues {
  procedureCode?: string;
  /** The case (trường hợp), asked only when the procedure has several. */
  caseCode?: string;
  applicant: {
    fullName?: string;
    type: ApplicantType;
    idType?: IdType;
    idNumber?: string;
    birthDate?: Dayjs | null;
    sex?: 'Nam' | 'Nữ';
    address?: string;
    phone?: string;
    email?: string;
  };
  hasDelegate: boolean;
  delegate?: { fullName?: string; idNumber?: string; relation?: string };
  components: ComponentValue[];
  sets: number;
  feeQuantities?: Partial<Record<FeeQuantityKey, number | null>>;
  applicantGroup?: string;
  exemptionEvidence?: string;
  returnMethod: 'counter' | 'post';
  postalAddress?: string;
  note?: string;
}

export const APPLICANT_TYPES: Array<{ value: ApplicantType; label: string }> = [
  { value: 'citizen', label: 'Công dân' },
  { value: 'business', label: 'Doanh nghiệp' },
  { value: 'agency', label: 'Cơ quan nhà nước' },
  { value: 'organisation', label: 'Tổ chức khác' },
];

export const ID_TYPES: Array<{ value: IdType; label: string }> = [
  { value: 'cccd', label: 'CCCD' },
  { value: 'cmnd', label: 'CMND' },
  { value: 'passport', label: 'Hộ chiếu' },
  { value: 'tax-code', label: 'Mã số thuế' },
];

/** Applicant groups the fee rules exempt (codes as in the catalogue's exemptGroups). */
export const EXEMPT_GROUPS = [
  { value: 'nguoi-co-cong', label: 'Người có công' },
  { value: 'ho-ngheo', label: 'Hộ nghèo' },
  { value: 'nguoi-khuyet-tat', label: 'Người khuyết tật' },
];

export const FEE_QUANTITY_LABELS: Record<FeeQuantityKey, string> = { pages: 'Số trang', copies: 'Số bản', cases: 'Số việc' };

export function initialValues(): IntakeValues {
  return { applicant: { type: 'citizen', idType: 'cccd' }, hasDelegate: false, components: [], sets: 1, returnMethod: 'counter' };
}

/** The checklist of a procedure, nothing ticked yet, with the counts the catalogue asks for. */
export function componentsOf(procedure: ProcedureDetail): ComponentValue[] {
  return procedure.components.map((c) => ({ code: c.code, present: false, originals: c.originals, copies: c.copies }));
}

/**
 * The copies to certify follow "Số bản": when the fee counts copies, a component made of copies
 * only (no original: "Bản sao cần chứng thực") takes the number of copies asked, so Mẫu 01 never
 * says one copy beside a fee for two. Null when nothing changes.
 */
export function withCopiesAsked(procedure: ProcedureDetail, components: ComponentValue[] | undefined, copies: number | null | undefined): ComponentValue[] | null {
  if (!procedure.feeQuantities.includes('copies') || !components || components.length !== procedure.components.length) return null;
  if (typeof copies !== 'number' || !Number.isInteger(copies) || copies < 1) return null;
  let changed = false;
  const next = components.map((c, i) => {
    const catalogue = procedure.components[i]!;
    if (catalogue.originals !== 0 || catalogue.copies < 1 || c.copies === copies) return c;
    changed = true;
    return { ...c, copies };
  });
  return changed ? next : null;
}

/** The checklist with every required component ticked ("đủ hồ sơ"), the others as they were. */
export function withRequiredTicked(procedure: ProcedureDetail, components: ComponentValue[] | undefined): ComponentValue[] {
  const current = components?.length === procedure.components.length ? components : componentsOf(procedure);
  return current.map((c, i) => (procedure.components[i]?.required ? { ...c, present: true } : c));
}

/** Required components not ticked. */
export function missingRequired(procedure: ProcedureDetail | null, components: ComponentValue[] | undefined): Array<{ code: string; name: string }> {
  if (!procedure) return [];
  const present = new Set((components ?? []).filter((c) => c.present).map((c) => c.code));
  return procedure.components.filter((c) => c.required && !present.has(c.code)).map((c) => ({ code: c.code, name: c.name }));
}

/** Vietnamese message for an ID number that does not fit its document type; null when it fits or is empty. */
export function idNumberProblem(idType: IdType | undefined, idNumber: string | undefined): string | null {
  const value = (idNumber ?? '').trim();
  if (!value) return null;
  switch (idType) {
    case 'cccd':
      return isPersonalId(value) ? null : 'Số CCCD phải có đúng 12 chữ số.';
    case 'cmnd':
      return isOldId(value) || isPersonalId(value) ? null : 'Số CMND phải có 9 hoặc 12 chữ số.';
    case 'tax-code':
      return isTaxCode(value) ? null : 'Mã số thuế phải có 10 chữ số (chi nhánh: 10 chữ số, dấu "-" và 3 chữ số).';
    case 'passport':
      return /^[A-Za-z0-9]{6,12}$/.test(value) ? null : 'Số hộ chiếu gồm 6-12 chữ cái hoặc chữ số.';
    default:
      return null;
  }
}

export function phoneProblem(phone: string | undefined): string | null {
  const value = (phone ?? '').trim();
  if (!value) return null;
  return isPhone(value) ? null : 'Số điện thoại không hợp lệ (di động 10 số như 0912345678, cố định 11 số bắt đầu bằng 02).';
}

const optional = (s: string | undefined | null): string | undefined => {
  const text = normalizeText(s ?? '');
  return text ? text : undefined;
};

type CreateInput = InputOf<'dossiers.create'>;

/** The `dossiers.create` input of the form's values. */
export function toCreateInput(values: IntakeValues, procedure: ProcedureDetail | null): CreateInput {
  const a = values.applicant;
  const quantities: CreateInput['feeQuantities'] = {};
  for (const key of procedure?.feeQuantities ?? []) {
    const n = values.feeQuantities?.[key];
    if (typeof n === 'number') quantities[key] = n;
  }
  return {
    procedureCode: values.procedureCode ?? '',
    caseCode: (procedure?.cases?.length ?? 0) > 1 ? values.caseCode : undefined,
    applicant: {
      fullName: normalizeText(a.fullName ?? ''),
      type: a.type,
      idType: a.idType,
      idNumber: optional(a.idNumber)?.replace(/\s/g, ''),
      birthDate: a.birthDate ? a.birthDate.format('YYYY-MM-DD') : undefined,
      sex: a.sex,
      address: normalizeText(a.address ?? ''),
      phone: a.phone?.trim() ? normalizePhone(a.phone) : undefined,
      email: optional(a.email),
    },
    delegate:
      values.hasDelegate && values.delegate
        ? { fullName: normalizeText(values.delegate.fullName ?? ''), idNumber: optional(values.delegate.idNumber), relation: optional(values.delegate.relation) }
        : undefined,
    components: (values.components ?? []).filter((c) => c.present).map((c) => ({ code: c.code, originals: c.originals ?? 0, copies: c.copies ?? 0 })),
    sets: values.sets ?? 1,
    feeQuantities: Object.keys(quantities).length ? quantities : undefined,
    applicantGroups: values.applicantGroup ? [values.applicantGroup] : undefined,
    exemptionEvidence: values.applicantGroup ? optional(values.exemptionEvidence) : undefined,
    returnMethod: values.returnMethod,
    postalAddress: values.returnMethod === 'post' ? optional(values.postalAddress) : undefined,
    note: optional(values.note),
  };
}

/** Form field path of a server field key such as "applicant.fullName" or "components.0.copies". */
export function formPathOf(key: string): Array<string | number> {
  return key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
