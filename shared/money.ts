/** Money is whole đồng (integers); shown with "." between thousands and, on receipts, in words. */

export const MAX_AMOUNT_IN_WORDS = 999_999_999_999_999;

function assertWholeDong(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Số tiền phải là số nguyên đồng: ${n}.`);
}

/** "50.000 đ" (plain space before đ). */
export function formatVnd(n: number): string {
  assertWholeDong(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${digits} đ`;
}

/** "50.000 đồng": the amount as written on receipts and vouchers (beside its words). */
export function formatDong(n: number): string {
  return formatVnd(n).replace(/ đ$/, ' đồng');
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Words of a 0-999 group; `full` reads an empty hundreds as "không trăm" (a group inside a number). */
function groupInWords(group: number, full: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const words: string[] = [];
  const saidHundreds = full || hundreds > 0;
  if (saidHundreds) words.push(DIGITS[hundreds]!, 'trăm');
  if (tens === 0) {
    if (units > 0 && saidHundreds) words.push('linh');
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[tens]!, 'mươi');
  }
  if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 5 && tens >= 1) words.push('lăm');
  else if (units > 0) words.push(DIGITS[units]!);
  return words;
}

/** Words of 1..999 999 999 (three groups: triệu, nghìn, units), zero groups skipped. */
function belowBillionInWords(n: number, full: boolean): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor(n / 1000) % 1000, n % 1000];
  const scales = ['triệu', 'nghìn', ''];
  const words: string[] = [];
  groups.forEach((group, i) => {
    if (group === 0) return;
    words.push(...groupInWords(group, full || words.length > 0));
    if (scales[i]) words.push(scales[i]!);
  });
  return words;
}

/**
 * "Một triệu không trăm linh năm nghìn đồng" for 1 005 000; 0..999 999 999 999 999.
 * Billions are read as a number of "tỷ" ("Một nghìn tỷ", "Hai trăm nghìn tỷ").
 */
export function amountInWords(n: number): string {
  assertWholeDong(n);
  if (n < 0 || n > MAX_AMOUNT_IN_WORDS) throw new RangeError(`Số tiền ngoài phạm vi đọc thành chữ: ${n}.`);
  let words: string[];
  if (n === 0) {
    words = ['không'];
  } else {
    const billions = Math.floor(n / 1_000_000_000);
    const rest = n % 1_000_000_000;
    words = billions > 0 ? [...belowBillionInWords(billions, false), 'tỷ'] : [];
    if (rest > 0) words.push(...belowBillionInWords(rest, billions > 0));
  }
  const text = `${words.join(' ')} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
