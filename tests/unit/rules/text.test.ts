import { describe, expect, it } from 'vitest';
import { foldVietnamese, normalizeText } from '../../../shared/text';

describe('normalizeText', () => {
  it('gives NFC, trimmed, with inner spaces collapsed', () => {
    const nfd = 'Nguyễn  Văn\tĐức '.normalize('NFD');
    const normalized = normalizeText(`  ${nfd}`);
    expect(normalized).toBe('Nguyễn Văn Đức'.normalize('NFC'));
    expect(normalized.length).toBe('Nguyễn Văn Đức'.length);
  });
});

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['ĐẶNG THỊ HƯƠNG', 'dang thi huong'],
    ['Phường Tân Phong, tỉnh Lai Châu', 'phuong tan phong, tinh lai chau'],
    ['Trần Thị Ðào', 'tran thi dao'],
  ])('%s -> %s', (input, folded) => expect(foldVietnamese(input)).toBe(folded));

  it('folds NFC and NFD text the same way, so "nguyen van duc" finds either', () => {
    const nfd = 'Nguyễn Văn Đức'.normalize('NFD');
    expect(foldVietnamese(nfd)).toBe(foldVietnamese('Nguyễn Văn Đức'));
    expect(foldVietnamese(nfd)).toContain(foldVietnamese('nguyen van duc'));
  });
});
