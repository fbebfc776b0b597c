import { describe, expect, it } from 'vitest';
import { isOldId, isPersonalId, isPhone, isTaxCode } from '../../../shared/validators';

describe('validators', () => {
  it('personal ID: 12 digits', () => {
    expect(isPersonalId('012190123456')).toBe(true);
    expect(isPersonalId('01219012345')).toBe(false);
    expect(isPersonalId('01219012345a')).toBe(false);
  });
  it('old ID: 9 digits', () => {
    expect(isOldId('123456789')).toBe(true);
    expect(isOldId('1234567890')).toBe(false);
  });
  it('tax code: 10 digits, 10-3 or 13 digits', () => {
    expect(isTaxCode('0101234567')).toBe(true);
    expect(isTaxCode('0101234567-001')).toBe(true);
    expect(isTaxCode('0101234567001')).toBe(true);
    expect(isTaxCode('010123456')).toBe(false);
    expect(isTaxCode('0101234567-01')).toBe(false);
  });
  it.each(['0912345678', '+84912345678', '84 912 345 678', '0386.123.456', '02133876543', '+842133876543'])('phone %s is valid', (p) =>
    expect(isPhone(p)).toBe(true),
  );
  it.each(['091234567', '0112345678', '1900123456', '+8491234567', 'abc'])('phone %s is invalid', (p) => expect(isPhone(p)).toBe(false));
});
