import { describe, expect, it } from 'vitest';
import { parseCccdQr } from '../../../shared/cccd';

// Lai Châu (012), woman born in the 1900s (1), in 1990 (90).
const SEVEN = '012190123456|123456789|Lò Thị Mai|15081990|Nữ|Bản Nà Khuông, Phường Tân Phong, Lai Châu|20042021';

describe('parseCccdQr', () => {
  it('reads the common 7-field text', () => {
    expect(parseCccdQr(SEVEN)).toEqual({
      idNumber: '012190123456',
      oldIdNumber: '123456789',
      fullName: 'Lò Thị Mai',
      birthDate: '1990-08-15',
      sex: 'Nữ',
      address: 'Bản Nà Khuông, Phường Tân Phong, Lai Châu',
      issueDate: '2021-04-20',
      warnings: [],
    });
  });

  it('reads 6 fields without the old ID', () => {
    const r = parseCccdQr('001205000123|Nguyễn Văn Đức|01022005|Nam|Phường Ba Đình, Hà Nội|10102022');
    expect(r).toMatchObject({ idNumber: '001205000123', oldIdNumber: null, fullName: 'Nguyễn Văn Đức', birthDate: '2005-02-01', sex: 'Nam', issueDate: '2022-10-10' });
    expect(r.warnings).toEqual([]);
  });

  it('reads an empty old-ID field as null, and tolerates fields added by newer cards', () => {
    const r = parseCccdQr('012190123456||Lò Thị Mai|15081990|Nữ|Lai Châu|20042021|extra|');
    expect(r.oldIdNumber).toBeNull();
    expect(r.issueDate).toBe('2021-04-20');
  });

  it('tolerates NFD text, stray whitespace and the scanner line end', () => {
    const r = parseCccdQr(`  ${SEVEN.replace('Lò Thị Mai', ' Lò  Thị Mai ').normalize('NFD')}\r\n`);
    expect(r.fullName).toBe('Lò Thị Mai'.normalize('NFC'));
    expect(r.sex).toBe('Nữ');
    expect(r.address).toBe('Bản Nà Khuông, Phường Tân Phong, Lai Châu');
  });

  it('refuses invalid dates with a Vietnamese message', () => {
    expect(() => parseCccdQr(SEVEN.replace('15081990', '31021990'))).toThrow(/Ngày sinh.*không hợp lệ/);
    expect(() => parseCccdQr(SEVEN.replace('20042021', '2004202'))).toThrow(/Ngày cấp.*không hợp lệ/);
  });

  it('refuses text that is not an ID-card QR', () => {
    expect(() => parseCccdQr('https://dichvucong.gov.vn')).toThrow(/không phải mã QR/);
    expect(() => parseCccdQr('')).toThrow(/không phải mã QR/);
    expect(() => parseCccdQr('12345|a|b|c|d|e|f')).toThrow(/12 chữ số/);
    expect(() => parseCccdQr(SEVEN.replace('Nữ', 'X'))).toThrow(/Giới tính/);
  });

  it('warns when the ID digits disagree with the birth date or sex', () => {
    const wrongCentury = parseCccdQr(SEVEN.replace('15081990', '15082090'));
    expect(wrongCentury.warnings.some((w) => w.includes('thế kỷ'))).toBe(true);
    const wrongSex = parseCccdQr(SEVEN.replace('|Nữ|', '|Nam|'));
    expect(wrongSex.warnings).toHaveLength(1);
    expect(wrongSex.warnings[0]).toMatch(/giới tính Nữ, khác giới tính Nam/);
    const wrongYear = parseCccdQr(SEVEN.replace('15081990', '15081991'));
    expect(wrongYear.warnings).toEqual([expect.stringMatching(/chữ số 5-6 là 90/)]);
  });
});
