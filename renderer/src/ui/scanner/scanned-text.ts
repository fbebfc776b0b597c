/** What a scanner's burst says: an ID card's QR, a dossier's code (the QR on Mẫu 01-03), or neither. */
import { parseCccdQr, type CccdQrData } from '../../../../shared/cccd';
import { parseDossierCode } from '../../../../shared/dossier-code';

export type ScannedText =
  | { kind: 'card'; card: CccdQrData }
  | { kind: 'bad-card'; message: string }
  | { kind: 'dossier-code'; code: string }
  | { kind: 'other'; text: string };

const NOT_A_KNOWN_CODE = 'Mã vừa quét không phải mã QR của thẻ căn cước, cũng không phải mã hồ sơ.';

export function classifyScan(raw: string): ScannedText {
  const text = raw.trim();
  if (text.includes('|')) {
    try {
      return { kind: 'card', card: parseCccdQr(text) };
    } catch (e) {
      return { kind: 'bad-card', message: e instanceof Error ? e.message : String(e) };
    }
  }
  const upper = text.toUpperCase();
  if (parseDossierCode(upper) ?? parseDossierCode(upper, { yearDigits: 4, seqDigits: 4 })) return { kind: 'dossier-code', code: upper };
  return { kind: 'other', text };
}

/** The Vietnamese message for a scan that is not what the screen expects. */
export function scanProblem(scanned: ScannedText, expected: 'card' | 'dossier-code'): string | null {
  if (scanned.kind === expected) return null;
  if (scanned.kind === 'bad-card') return scanned.message;
  if (scanned.kind === 'dossier-code') return `Mã vừa quét là mã hồ sơ ${scanned.code}, không phải thẻ căn cước.`;
  if (scanned.kind === 'card') return 'Mã vừa quét là thẻ căn cước, không phải mã hồ sơ.';
  return NOT_A_KNOWN_CODE;
}
