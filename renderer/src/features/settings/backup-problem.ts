/** A backup older than this (or none, or a failed one) is warned about in the frame. */
const MAX_AGE_MS = 2 * 24 * 60 * 60 * 1000;

/** Why the ward's records are not safely backed up, or null when the last backup verified within two days. */
export function backupProblem(last: { at: string; ok: boolean } | undefined, folder: string | null, now: number): string | null {
  if (!folder) return 'Chưa chọn thư mục sao lưu: máy này chưa được sao lưu lần nào.';
  if (!last) return 'Chưa có bản sao lưu nào của máy này.';
  if (!last.ok) return 'Lần sao lưu gần nhất bị lỗi: hồ sơ chưa được sao lưu an toàn.';
  if (now - Date.parse(last.at) > MAX_AGE_MS) return 'Đã quá 2 ngày không có bản sao lưu kiểm tra được.';
  return null;
}
