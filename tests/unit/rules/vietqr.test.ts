// The VietQR payload read back by a parser written here from the EMVCo rules (ID, 2-digit length,
// value; templates nest the same way), with its own table-driven CRC, so a bug in the builder's
// encoding or its CRC cannot hide behind the same bug in the check.
import { describe, expect, it } from 'vitest';
import { buildVietQrPayload } from '../../../shared/vietqr';

type Fields = Map<string, string>;

/** Splits ID+length+value fields; throws on a length running past the end or a repeated ID. */
function parseFields(text: string): Fields {
  const out: Fields = new Map();
  let at = 0;
  while (at < text.length) {
    const id = text.slice(at, at + 2);
    const length = Number(text.slice(at + 2, at + 4));
    if (!/^\d{2}$/.test(id) || !/^\d{2}$/.test(text.slice(at + 2, at + 4))) throw new Error(`bad header at ${at}`);
    const value = text.slice(at + 4, at + 4 + length);
    if (value.length !== length) throw new Error(`field ${id} runs past the end`);
    if (out.has(id)) throw new Error(`field ${id} twice`);
    out.set(id, value);
    at += 4 + length;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n << 8;
  for (let k = 0; k < 8; k++) c = c & 0x8000 ? (c << 1) ^ 0x1021 : c << 1;
  return c & 0xffff;
});
function crc(text: string): string {
  let c = 0xffff;
  for (const ch of Buffer.from(text, 'latin1')) c = ((c << 8) & 0xffff) ^ CRC_TABLE[((c >> 8) ^ ch) & 0xff]!;
  return c.toString(16).toUpperCase().padStart(4, '0');
}

describe('VietQR payload', () => {
  it("the test's own CRC is CRC-16/CCITT-FALSE (check value 29B1 for 123456789)", () => {
    expect(crc('123456789')).toBe('29B1');
  });

  it('carries the transfer field by field, nested fields included, with the CRC over everything up to 6304', () => {
    const payload = buildVietQrPayload({ account: { bankBin: '970436', accountNumber: '0451000123456' }, amount: 57_000, purpose: '000.00.00.H56-261204-5001' });
    const top = parseFields(payload);
    expect([...top.keys()]).toEqual(['00', '01', '38', '53', '54', '58', '62', '63']);
    expect(top.get('00')).toBe('01');
    expect(top.get('01')).toBe('12');
    const merchant = parseFields(top.get('38')!);
    expect([...merchant.entries()]).toEqual([
      ['00', 'A000000727'],
      ['01', '00069704360113' + '0451000123456'],
      ['02', 'QRIBFTTA'],
    ]);
    expect([...parseFields(merchant.get('01')!).entries()]).toEqual([
      ['00', '970436'],
      ['01', '0451000123456'],
    ]);
    expect(top.get('53')).toBe('704');
    expect(top.get('54')).toBe('57000');
    expect(top.get('58')).toBe('VN');
    expect([...parseFields(top.get('62')!).entries()]).toEqual([['08', '000.00.00.H56-261204-5001']]);
    expect(payload.slice(-8, -4)).toBe('6304');
    expect(top.get('63')).toBe(crc(payload.slice(0, -4)));
    // One changed character breaks the CRC.
    const tampered = payload.replace('57000', '58000');
    expect(crc(tampered.slice(0, -4))).not.toBe(tampered.slice(-4));
  });

  it('matches a known-good public sample byte for byte (subiz/vietqr README: 120.000 đ to 0011001932418 at BIN 970415)', () => {
    expect(buildVietQrPayload({ account: { bankBin: '970415', accountNumber: '0011001932418' }, amount: 120_000, purpose: 'ung ho lu lut' })).toBe(
      '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C',
    );
  });

  it('refuses what the standard cannot carry: a BIN not of 6 digits, a fraction of a đồng, a purpose over 25 characters or with accents', () => {
    const account = { bankBin: '970436', accountNumber: '0451000123456' };
    expect(() => buildVietQrPayload({ account: { ...account, bankBin: '97043' }, amount: 1, purpose: 'X' })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ account, amount: 1.5, purpose: 'X' })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ account, amount: 0, purpose: 'X' })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ account, amount: 1, purpose: 'X'.repeat(26) })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ account, amount: 1, purpose: 'lệ phí' })).toThrow(RangeError);
  });
});
