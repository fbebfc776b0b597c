import { describe, expect, it } from 'vitest';
import { classifyScan, scanProblem } from '../../../renderer/src/ui/scanner/scanned-text';

const QR = '012090001234|123456789|Nguyễn Văn Đức|15031990|Nam|Bản Lang, Phường Tân Phong, Lai Châu|01012021';

describe('what a scan at the counter says', () => {
  it('an ID card QR is read into its fields', () => {
    const scanned = classifyScan(QR);
    expect(scanned.kind).toBe('card');
    expect(scanned.kind === 'card' && scanned.card.idNumber).toBe('012090001234');
  });

  it('a card QR that does not parse says why', () => {
    const scanned = classifyScan('0912345678012090001234|123456789|Nguyễn Văn Đức|15031990|Nam|Bản Lang|01012021');
    expect(scanned.kind).toBe('bad-card');
    expect(scanProblem(scanned, 'card')).toMatch(/Số định danh phải có 12 chữ số/);
  });

  it('the QR printed on Mẫu 01 is a dossier code, whatever the scanner did to the case', () => {
    expect(classifyScan('000.00.00.h56-261203-5002\n')).toEqual({ kind: 'dossier-code', code: '000.00.00.H56-261203-5002' });
    expect(scanProblem(classifyScan('000.00.00.H56-261203-5002'), 'card')).toBe('Mã vừa quét là mã hồ sơ 000.00.00.H56-261203-5002, không phải thẻ căn cước.');
  });

  it('anything else is neither, said in Vietnamese', () => {
    const scanned = classifyScan('8934563138165');
    expect(scanned.kind).toBe('other');
    expect(scanProblem(scanned, 'dossier-code')).toBe('Mã vừa quét không phải mã QR của thẻ căn cước, cũng không phải mã hồ sơ.');
    expect(scanProblem(classifyScan(QR), 'dossier-code')).toBe('Mã vừa quét là thẻ căn cước, không phải mã hồ sơ.');
  });
});
