import { Menu } from 'antd';
import type { Role } from '../../../shared/api';
import { canOpen, SCREENS, type ScreenKey } from './screens';

interface SideMenuProps {
  current: ScreenKey;
  role: Role;
  collapsed: boolean;
  onOpen: (key: ScreenKey) => void;
}

/** The screens this officer may open, with their Alt+digit shortcut. */
export function SideMenu({ current, role, collapsed, onOpen }: SideMenuProps) {
  const items = SCREENS.filter((screen) => canOpen(screen, role)).map((screen) => ({
    key: screen.key,
    icon: screen.icon,
    label: (
      <span className="desk-menu-label">
        <span>{screen.label}</span>
        {collapsed ? null : <kbd aria-hidden="true">Alt+{screen.digit}</kbd>}
      </span>
    ),
    title: `${screen.label} (Alt+${screen.digit})`,
  }));
  return (
    <nav aria-label="Các màn hình" data-testid="side-menu">
      <Menu mode="inline" selectedKeys={[current]} items={items} onClick={({ key }) => onOpen(key as ScreenKey)} inlineCollapsed={collapsed} />
    </nav>
  );
}
