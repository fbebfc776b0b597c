import type { ShortcutHelp } from '../../ui/shortcut-help';

/** The attachments screen's keys (page editor, preview, webcam), listed in the help panel. */
export const ATTACHMENT_SHORTCUTS: ShortcutHelp[] = [
  { keys: ['Ctrl', '←'], alternative: ['Ctrl', '→'], description: 'Sắp xếp trang: chuyển trang đang chọn sang trái / phải' },
  { keys: ['R'], description: 'Sắp xếp trang: xoay trang đang chọn 90°' },
  { keys: ['Delete'], description: 'Sắp xếp trang: bỏ trang đang chọn' },
  { keys: ['Ctrl', 'Enter'], description: 'Sắp xếp trang: lưu thứ tự mới' },
  { keys: ['←'], alternative: ['→'], description: 'Xem trang lớn: trang trước / trang sau' },
  { keys: ['Space'], description: 'Chụp ảnh bằng webcam: chụp và thêm thành một trang' },
];
