import type { Role } from '../../../shared/api';
import { ATTACHMENT_SHORTCUTS } from '../features/attachments/attachment-shortcuts';
import { INTAKE_SHORTCUTS } from '../features/intake/intake-shortcuts';
import { canOpen, SCREENS } from './screens';

export interface ShortcutHelp {
  /** Keys as shown to the officer, e.g. ['Alt', '1']. */
  keys: string[];
  /** Alternative key combination, if any. */
  alternative?: string[];
  description: string;
}

/** The frame's keyboard shortcuts this role can use, as listed in the help panel. Features add theirs. */
export function frameShortcuts(role: Role): ShortcutHelp[] {
  return [
    { keys: ['F1'], alternative: ['Shift', '?'], description: 'Mở bảng trợ giúp phím tắt' },
    ...SCREENS.filter((screen) => canOpen(screen, role)).map((screen) => ({
      keys: ['Alt', String(screen.digit)],
      description: `Chuyển đến màn hình ${screen.label}`,
    })),
    { keys: ['Ctrl', 'L'], description: 'Đăng xuất' },
    { keys: ['Esc'], description: 'Đóng hộp thoại hoặc bảng đang mở' },
    ...INTAKE_SHORTCUTS,
    ...ATTACHMENT_SHORTCUTS,
  ];
}
