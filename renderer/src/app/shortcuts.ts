import type { Role } from '../../../shared/api';
import type { ShortcutHelp } from '../ui/shortcut-help';
import { canOpen, SCREENS } from './screens';

/** The keyboard shortcuts this role can use, as listed in the help panel: the frame's, then each screen's it can open (once each). */
export function frameShortcuts(role: Role): ShortcutHelp[] {
  const screens = SCREENS.filter((screen) => canOpen(screen, role));
  const listed: ShortcutHelp[] = [
    { keys: ['F1'], alternative: ['Shift', '?'], description: 'Mở bảng trợ giúp phím tắt' },
    ...screens.map((screen) => ({ keys: ['Alt', String(screen.digit)], description: `Chuyển đến màn hình ${screen.label}` })),
    { keys: ['Ctrl', 'L'], description: 'Đăng xuất' },
    { keys: ['Esc'], description: 'Đóng hộp thoại hoặc bảng đang mở' },
  ];
  const seen = new Set(listed.map((shortcut) => shortcut.description));
  for (const shortcut of screens.flatMap((screen) => screen.shortcuts ?? [])) {
    if (seen.has(shortcut.description)) continue;
    seen.add(shortcut.description);
    listed.push(shortcut);
  }
  return listed;
}
