import type { ComponentType, ReactNode } from 'react';
import type { Role } from '../../../shared/api';
import { IntakePage, INTAKE_SHORTCUTS } from '../features/intake';
import { QueuePage } from '../features/queue';
import { CashPage } from '../features/cash';
import { SupervisorPage } from '../features/supervisor';
import { SettingsPage } from '../features/settings';
import { AuditLogPage } from '../features/audit';
import { ATTACHMENT_SHORTCUTS } from '../features/attachments';
import type { ScreenKey } from '../ui/hash-route';
import { AuditIcon, CashIcon, IntakeIcon, QueueIcon, SettingsIcon, SupervisorIcon } from '../ui/icons';
import type { ShortcutHelp } from '../ui/shortcut-help';

export type { ScreenKey };

export interface Screen {
  key: ScreenKey;
  /** Menu label and page title. */
  label: string;
  icon: ReactNode;
  /** Alt+<digit> opens it. */
  digit: number;
  /** Roles that see it in the menu; every role when absent. */
  roles?: readonly Role[];
  component: ComponentType;
  /** The screen's own keys, listed in the help panel (F1) after the frame's. */
  shortcuts?: readonly ShortcutHelp[];
}

/** The desk's screens in menu order. A feature slots in by replacing its page component. */
export const SCREENS: readonly Screen[] = [
  { key: 'intake', label: 'Tiếp nhận', icon: <IntakeIcon />, digit: 1, component: IntakePage, shortcuts: [...INTAKE_SHORTCUTS, ...ATTACHMENT_SHORTCUTS] },
  { key: 'queue', label: 'Hàng đợi', icon: <QueueIcon />, digit: 2, component: QueuePage, shortcuts: ATTACHMENT_SHORTCUTS },
  { key: 'cash', label: 'Thu phí', icon: <CashIcon />, digit: 3, component: CashPage },
  { key: 'supervisor', label: 'Giám sát', icon: <SupervisorIcon />, digit: 4, roles: ['supervisor', 'admin'], component: SupervisorPage },
  { key: 'settings', label: 'Cài đặt', icon: <SettingsIcon />, digit: 5, component: SettingsPage },
  { key: 'audit', label: 'Nhật ký hệ thống', icon: <AuditIcon />, digit: 6, roles: ['supervisor', 'admin'], component: AuditLogPage },
];

export function screenByKey(key: string): Screen | undefined {
  return SCREENS.find((screen) => screen.key === key);
}

export function canOpen(screen: Screen, role: Role | undefined): boolean {
  return !screen.roles || (role !== undefined && screen.roles.includes(role));
}
