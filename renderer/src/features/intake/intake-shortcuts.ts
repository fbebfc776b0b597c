import type { ShortcutHelp } from '../../app/shortcuts';

/** The intake screen's keys, listed in the help panel. */
export const INTAKE_SHORTCUTS: ShortcutHelp[] = [
  { keys: ['Ctrl', 'Enter'], alternative: ['F9'], description: 'Tiếp nhận: lưu hồ sơ đang nhập' },
  { keys: ['Alt', 'N'], description: 'Tiếp nhận: bắt đầu hồ sơ mới, con trỏ về ô Thủ tục' },
  { keys: ['Máy quét'], description: 'Tiếp nhận: quét mã QR CCCD ở bất kỳ ô nào để điền người nộp (chuyển Unikey sang chế độ E khi quét)' },
];
