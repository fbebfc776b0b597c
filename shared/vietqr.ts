/**
 * The VietQR payload (NAPAS 247, an EMVCo merchant-presented QR code) of one transfer to the
 * agency's account: each field is ID (2 digits) + length (2 digits) + value, some fields nest
 * fields of their own, and the last field is a CRC-16/CCITT-FALSE of everything before its value.
 */

export interface TransferAccount {
  /** The bank's 6-digit BIN (NAPAS). */
  bankBin: string;
  accountNumber: string;
  /** Shown beside the code; the payload itself does not carry it. */
  accountName: string;
}

export const NAPAS_GUID = 'A000000727';
/** Transfer to an account (as opposed to QRIBFTTC, to a card). */
export const TRANSFER_SERVICE = 'QRIBFTTA';
/** EMVCo's limit on the purpose of the transaction (field 62-08). */
export const MAX_PURPOSE_LENGTH = 25;

export const BANK_BIN_PATTERN = /^\d{6}$/;
export const ACCOUNT_NUMBER_PATTERN = /^[0-9A-Za-z]{1,19}$/;
/** Characters a banking app keeps in a purpose: letters, digits, space, ".", "-". */
export const PURPOSE_PATTERN = /^[0-9A-Za-z .-]+$/;

/** One EMVCo field: two-digit id, two-digit length, value (at most 99 characters). */
export function emvField(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new RangeError(`Mã trường EMVCo không hợp lệ: "${id}".`);
  if (value.length === 0 || value.length > 99) throw new RangeError(`Trường ${id}: độ dài ${value.length} ngoài 1-99.`);
  return id + String(value.length).padStart(2, '0') + value;
}

/** CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final xor; over ASCII text (what a payload holds). */
export function crc16CcittFalse(text: string): number {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i++) {
    const byte = text.charCodeAt(i);
    if (byte > 0x7f) throw new RangeError('Mã VietQR chỉ chứa ký tự ASCII.');
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

export interface VietQrInput {
  account: Pick<TransferAccount, 'bankBin' | 'accountNumber'>;
  /** Whole đồng, at least 1. */
  amount: number;
  /** The purpose of the transfer (here the dossier code), so the statement line can be matched. */
  purpose: string;
}

/** The payload of a dynamic (one payment) VietQR code; throws RangeError on a value the standard cannot carry. */
export function buildVietQrPayload({ account, amount, purpose }: VietQrInput): string {
  if (!BANK_BIN_PATTERN.test(account.bankBin)) throw new RangeError('Mã BIN ngân hàng phải gồm 6 chữ số.');
  if (!ACCOUNT_NUMBER_PATTERN.test(account.accountNumber)) throw new RangeError('Số tài khoản: 1-19 chữ hoặc số.');
  if (!Number.isInteger(amount) || amount < 1 || amount > 9_999_999_999_999) throw new RangeError(`Số tiền không hợp lệ: ${amount}.`);
  if (purpose.length > MAX_PURPOSE_LENGTH || !PURPOSE_PATTERN.test(purpose)) throw new RangeError(`Nội dung chuyển khoản không hợp lệ: "${purpose}".`);
  const beneficiary = emvField('00', account.bankBin) + emvField('01', account.accountNumber);
  const merchantAccount = emvField('00', NAPAS_GUID) + emvField('01', beneficiary) + emvField('02', TRANSFER_SERVICE);
  const body =
    emvField('00', '01') +
    emvField('01', '12') +
    emvField('38', merchantAccount) +
    emvField('53', '704') +
    emvField('54', String(amount)) +
    emvField('58', 'VN') +
    emvField('62', emvField('08', purpose)) +
    '6304';
  return body + crc16CcittFalse(body).toString(16).toUpperCase().padStart(4, '0');
}
