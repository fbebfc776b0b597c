import { describe, expect, it } from 'vitest';
import { backupProblem } from '../../../renderer/src/features/settings/backup-problem';

const NOW = Date.parse('2026-12-03T05:00:00Z');

describe('the frame warns when no verified backup is younger than two days', () => {
  it('names what is wrong', () => {
    expect(backupProblem(undefined, null, NOW)).toBe('Chưa chọn thư mục sao lưu: máy này chưa được sao lưu lần nào.');
    expect(backupProblem(undefined, 'E:\\SaoLuu', NOW)).toBe('Chưa có bản sao lưu nào của máy này.');
    expect(backupProblem({ at: '2026-12-03T04:00:00Z', ok: false }, 'E:\\SaoLuu', NOW)).toBe('Lần sao lưu gần nhất bị lỗi: hồ sơ chưa được sao lưu an toàn.');
    expect(backupProblem({ at: '2026-12-01T04:59:00Z', ok: true }, 'E:\\SaoLuu', NOW)).toBe('Đã quá 2 ngày không có bản sao lưu kiểm tra được.');
  });

  it('is quiet after a verified backup within two days', () => {
    expect(backupProblem({ at: '2026-12-01T05:01:00Z', ok: true }, 'E:\\SaoLuu', NOW)).toBeNull();
  });
});
