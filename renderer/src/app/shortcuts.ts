import { SCREENS } from './screens';

export interface ShortcutHelp {
  /** Keys as shown to the officer, e.g. ['Alt', '1']. */
  keys: string[];
  /** Alternative key combination, if any. */
  alternative?: string[];
  description: string;
}

/** Every keyboard shortcut of the frame, as listed in the help panel. Features add theirs. */
export const FRAME_SHORTCUTS: readonly ShortcutHelp[] = [
  { keys: ['F1'], alternative: ['Shift', '?'], description: 'Mở bảng trợ giúp phím tắt' },
  ...SCREENS.map((screen) => ({ keys: ['Alt', String(screen.digit)], description: `Chuyển đến màn hình ${screen.label}` })),
  { keys: ['Ctrl', 'L'], description: 'Đăng xuất' },
  { keys: ['Esc'], description: 'Đóng hộp thoại hoặc bảng đang mở' },
];
