import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_IN_WORDS, amountInWords, formatDong, formatVnd } from '../../../shared/money';

describe('formatVnd', () => {
  it.each([
    [50_000, '50.000 đ'],
    [0, '0 đ'],
    [999, '999 đ'],
    [1_234_567, '1.234.567 đ'],
    [-14_000, '-14.000 đ'],
  ])('%i -> %s', (n, text) => expect(formatVnd(n)).toBe(text));
  it('refuses fractional đồng', () => expect(() => formatVnd(1.5)).toThrow(RangeError));
});

describe('formatDong', () => {
  it.each([
    [50_000, '50.000 đồng'],
    [0, '0 đồng'],
    [-14_000, '-14.000 đồng'],
  ])('%i -> %s', (n, text) => expect(formatDong(n)).toBe(text));
  it('refuses fractional đồng', () => expect(() => formatDong(1.5)).toThrow(RangeError));
});

describe('amountInWords', () => {
  it.each([
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [1_000_005, 'Một triệu không trăm linh năm đồng'],
    [21_000, 'Hai mươi mốt nghìn đồng'],
    [15_000, 'Mười lăm nghìn đồng'],
    [0, 'Không đồng'],
    [50_000, 'Năm mươi nghìn đồng'],
    [14_000, 'Mười bốn nghìn đồng'],
    [24, 'Hai mươi bốn đồng'],
    [11, 'Mười một đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [200_000, 'Hai trăm nghìn đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [2_001_000_000_000, 'Hai nghìn không trăm linh một tỷ đồng'],
    [1_000_001_000, 'Một tỷ không trăm linh một nghìn đồng'],
    [MAX_AMOUNT_IN_WORDS, 'Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng'],
  ])('%i', (n, words) => expect(amountInWords(n)).toBe(words));

  it('refuses negative, fractional and too large amounts', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(0.5)).toThrow(RangeError);
    expect(() => amountInWords(MAX_AMOUNT_IN_WORDS + 1)).toThrow(RangeError);
  });

  it('reads like Vietnamese for any amount: capitalised, ends in đồng, no "tư", "mốt" and "lăm" only after tens', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_IN_WORDS }), (n) => {
        const words = amountInWords(n);
        expect(words.endsWith(' đồng')).toBe(true);
        expect(words[0]).toBe(words[0]!.toUpperCase());
        const list = words.toLowerCase().split(' ');
        expect(list).not.toContain('tư');
        list.forEach((w, i) => {
          if (w === 'mốt') expect(list[i - 1]).toBe('mươi');
          if (w === 'lăm') expect(['mươi', 'mười']).toContain(list[i - 1]);
        });
      }),
    );
  });
});
