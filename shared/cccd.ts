/**
 * The text a barcode scanner types from the QR code of a chip ID card (CCCD / Căn cước):
 * `<12-digit ID>|<old 9-digit ID or empty>|<full name>|<ddMMyyyy birth>|<Nam|Nữ>|<address>|<ddMMyyyy issue>`.
 * Some cards and readers omit the old-ID field (6 fields), newer cards append fields; the field
 * count is not trusted. Dates must be real; disagreements between the ID's digits and the birth
 * date or sex are warnings for the officer, not errors.
 */
import { isValidCivilDate, isoDateOf, type CivilDate } from './calendar/vietnam-time';
import { foldVietnamese, normalizeText } from './text';

export interface CccdQrData {
  idNumber: string;
  oldIdNumber: string | null;
  fullName: string;
  birthDate: string;
  sex: 'Nam' | 'Nữ';
  address: string;
  issueDate: string | null;
  warnings: string[];
}

const NOT_A_CARD = 'Dữ liệu quét không phải mã QR của thẻ căn cước.';

function parseCardDate(text: string, label: string): CivilDate {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  const date = m ? { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) } : null;
  if (!date || !isValidCivilDate(date)) throw new Error(`${label} trong mã QR không hợp lệ: "${text}" (cần dạng ngàythángnăm, ví dụ 01021990).`);
  return date;
}

function parseSex(text: string): 'Nam' | 'Nữ' {
  const folded = foldVietnamese(text);
  if (folded === 'nam') return 'Nam';
  if (folded === 'nu') return 'Nữ';
  throw new Error(`Giới tính trong mã QR không hợp lệ: "${text}" (cần Nam hoặc Nữ).`);
}

/** First years of the centuries coded by the ID's 4th digit pair (0/1, 2/3, 4/5, 6/7, 8/9). */
const CENTURY_OF_CODE_PAIR = [1900, 2000, 2100, 2200, 2300] as const;

function digitWarnings(idNumber: string, birth: CivilDate, sex: 'Nam' | 'Nữ'): string[] {
  const warnings: string[] = [];
  const code = Number(idNumber[3]);
  const century = CENTURY_OF_CODE_PAIR[Math.floor(code / 2)]!;
  const codeSex = code % 2 === 0 ? 'Nam' : 'Nữ';
  if (birth.year < century || birth.year >= century + 100) {
    warnings.push(`Số định danh (chữ số thứ 4 là ${code}) chỉ thế kỷ ${century}-${century + 99}, khác năm sinh ${birth.year}.`);
  }
  if (codeSex !== sex) warnings.push(`Số định danh (chữ số thứ 4 là ${code}) chỉ giới tính ${codeSex}, khác giới tính ${sex}.`);
  const yearDigits = idNumber.slice(4, 6);
  if (yearDigits !== String(birth.year % 100).padStart(2, '0')) {
    warnings.push(`Số định danh (chữ số 5-6 là ${yearDigits}) khác năm sinh ${birth.year}.`);
  }
  return warnings;
}

/** Parses a scanned ID-card QR; throws an Error with a Vietnamese message for text that is not one. */
export function parseCccdQr(text: string): CccdQrData {
  const fields = text.normalize('NFC').split('|').map(normalizeText);
  if (fields.length < 6) throw new Error(NOT_A_CARD);
  const idNumber = fields[0]!.replace(/\s/g, '');
  if (!/^\d{12}$/.test(idNumber)) throw new Error(`${NOT_A_CARD} Số định danh phải có 12 chữ số.`);

  // The old-ID field is digits or empty; a name is neither, so its absence is detectable.
  const hasOldIdField = /^\d*$/.test(fields[1]!);
  const [oldId, fullName, birthText, sexText, address, issueText] = hasOldIdField ? fields.slice(1, 7) : [null, ...fields.slice(1, 6)];
  const warnings: string[] = [];

  if (!fullName || !birthText || !sexText) throw new Error(NOT_A_CARD);
  const birth = parseCardDate(birthText, 'Ngày sinh');
  const sex = parseSex(sexText);
  const issue = issueText ? parseCardDate(issueText, 'Ngày cấp') : null;

  if (oldId && !/^\d{9}$/.test(oldId)) warnings.push(`Số CMND cũ "${oldId}" không có 9 chữ số.`);
  if (!address) warnings.push('Mã QR không có địa chỉ thường trú.');
  if (!issue) warnings.push('Mã QR không có ngày cấp.');
  if (issue && isoDateOf(issue) < isoDateOf(birth)) warnings.push('Ngày cấp trước ngày sinh.');
  warnings.push(...digitWarnings(idNumber, birth, sex));

  return {
    idNumber,
    oldIdNumber: oldId ? oldId : null,
    fullName,
    birthDate: isoDateOf(birth),
    sex,
    address: address ?? '',
    issueDate: issue ? isoDateOf(issue) : null,
    warnings,
  };
}
