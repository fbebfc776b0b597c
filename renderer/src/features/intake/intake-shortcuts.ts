import type { ShortcutHelp } from '../../ui/shortcut-help';

/** The intake screen's keys, listed in the help panel. */
export const INTAKE_SHORTCUTS: ShortcutHelp[] = [
  { keys: ['Ctrl', 'Enter'], alternative: ['F9'], description: 'Tiếp nhận: lưu hồ sơ đang nhập' },
  { keys: ['Alt', 'N'], description: 'Tiếp nhận: bắt đầu hồ sơ mới, con trỏ về ô Thủ tục' },
  { keys: ['Alt', 'G'], description: 'Tiếp nhận: vào danh mục thành phần hồ sơ; phím số 1-9 đánh dấu hoặc bỏ dòng đó, mũi tên lên/xuống chuyển dòng, Space đánh dấu dòng đang chọn' },
  { keys: ['Alt', 'D'], description: 'Tiếp nhận: đủ hồ sơ, đánh dấu mọi giấy tờ bắt buộc' },
  { keys: ['Máy quét'], description: 'Tiếp nhận: quét mã QR CCCD ở bất kỳ ô nào để điền người nộp (chuyển Unikey sang chế độ E khi quét)' },
];
