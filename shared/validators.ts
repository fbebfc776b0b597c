/** Shape checks of Vietnamese identifiers typed at the counter. */

/** 12-digit personal identification number (CCCD / Căn cước). */
export function isPersonalId(s: string): boolean {
  return /^\d{12}$/.test(s.trim());
}

/** 9-digit old identity card number (CMND). */
export function isOldId(s: string): boolean {
  return /^\d{9}$/.test(s.trim());
}

/** Business tax code: 10 digits, or a branch code 10 + "-" + 3 digits, or the same 13 digits unseparated. */
export function isTaxCode(s: string): boolean {
  return /^\d{10}(-?\d{3})?$/.test(s.trim());
}

/** The national form of a phone number: +84 / 84 replaced by 0, spaces, dots and dashes removed. */
export function normalizePhone(s: string): string {
  const compact = s.trim().replace(/[\s.\-()]/g, '');
  if (compact.startsWith('+84')) return `0${compact.slice(3)}`;
  if (/^84\d{9,10}$/.test(compact)) return `0${compact.slice(2)}`;
  return compact;
}

/**
 * A Vietnamese mobile (10 digits: 03, 05, 07, 08, 09) or landline (11 digits: 02 + area code),
 * written nationally or with +84.
 */
export function isPhone(s: string): boolean {
  const n = normalizePhone(s);
  return /^0[35789]\d{8}$/.test(n) || /^02\d{9}$/.test(n);
}
