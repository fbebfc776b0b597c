import { DeskError } from '../api/desk-error';

export type RefusalReason = 'empty' | 'too-large-input' | 'too-large' | 'too-many-pixels' | 'corrupt' | 'encrypted' | 'unsupported';

const MESSAGES: Record<RefusalReason, (detail: string) => string> = {
  empty: () => 'Tệp rỗng, không có nội dung.',
  'too-large-input': (d) => `Tệp quá lớn (${d}): tối đa 40 MB trước khi chuyển đổi.`,
  'too-large': (d) => `Sau khi nén, tệp PDF của thành phần vẫn quá giới hạn của cổng (${d}). Hãy quét ở độ phân giải thấp hơn hoặc chia thành nhiều lần nộp.`,
  'too-many-pixels': (d) => `Ảnh có quá nhiều điểm ảnh (${d}); có thể là tệp độc hại hoặc ảnh quá lớn. Hãy quét lại ở 200-300 dpi.`,
  corrupt: () => 'Tệp bị hỏng hoặc không đọc được.',
  encrypted: () => 'Tệp PDF có mật khẩu hoặc bị mã hóa: hãy xin công dân bản không đặt mật khẩu.',
  unsupported: () => 'Loại tệp không được hỗ trợ: chỉ nhận PDF, JPEG, PNG hoặc TIFF.',
};

/** A bad file: refused with a Vietnamese message, nothing stored. */
export function refuseFile(reason: RefusalReason, detail = ''): DeskError {
  return new DeskError('FILE_REFUSED', MESSAGES[reason](detail), { details: { reason } });
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
