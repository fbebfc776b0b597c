/**
 * The dossier code (mã hồ sơ) {agency id}-{yyMMdd}-{NNNN} (Thông tư 01/2018, still used by
 * provincial systems). The date is the Vietnam date of receipt; the sequence restarts each day.
 * The shape is configurable here, in one place, for when a new national format is adopted.
 */
import { civilDateOf, isValidCivilDate, isoDateOf, vnDayNumber } from './calendar/vietnam-time';

export interface DossierCodeFormat {
  /** 2 for yyMMdd (the long-standing rule), 4 for yyyyMMdd. */
  yearDigits: 2 | 4;
  /** Width of the daily sequence. */
  seqDigits: number;
}

export const DEFAULT_DOSSIER_CODE_FORMAT: DossierCodeFormat = { yearDigits: 2, seqDigits: 4 };

/** Two-digit years are read in this century window (2000-2099). */
const CENTURY = 2000;

export function formatDossierCode(
  input: { agencyId: string; date: Date; seq: number },
  format: DossierCodeFormat = DEFAULT_DOSSIER_CODE_FORMAT,
): string {
  const agencyId = input.agencyId.trim();
  if (!/^[A-Za-z0-9.]+$/.test(agencyId)) throw new RangeError(`Mã định danh cơ quan không hợp lệ: "${input.agencyId}".`);
  const maxSeq = 10 ** format.seqDigits - 1;
  if (!Number.isInteger(input.seq) || input.seq < 1 || input.seq > maxSeq) {
    throw new RangeError(`Số thứ tự hồ sơ phải từ 1 đến ${maxSeq}: ${input.seq}.`);
  }
  const { year, month, day } = civilDateOf(vnDayNumber(input.date));
  const yearText = format.yearDigits === 2 ? String(year % 100).padStart(2, '0') : String(year);
  const datePart = `${yearText}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  return `${agencyId}-${datePart}-${String(input.seq).padStart(format.seqDigits, '0')}`;
}

export function parseDossierCode(
  code: string,
  format: DossierCodeFormat = DEFAULT_DOSSIER_CODE_FORMAT,
): { agencyId: string; date: string; seq: number } | null {
  const pattern = new RegExp(`^([A-Za-z0-9.]+)-(\\d{${format.yearDigits}})(\\d{2})(\\d{2})-(\\d{${format.seqDigits}})$`);
  const m = pattern.exec(code.trim());
  if (!m) return null;
  const yearPart = Number(m[2]);
  const date = { year: format.yearDigits === 2 ? CENTURY + yearPart : yearPart, month: Number(m[3]), day: Number(m[4]) };
  const seq = Number(m[5]);
  if (!isValidCivilDate(date) || seq < 1) return null;
  return { agencyId: m[1]!, date: isoDateOf(date), seq };
}
