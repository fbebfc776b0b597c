import type { Role } from '../../../shared/api';

/** How each role is named on screen. */
export const ROLE_LABELS: Record<Role, string> = {
  officer: 'Cán bộ tiếp nhận',
  supervisor: 'Lãnh đạo (giám sát)',
  admin: 'Quản trị hệ thống',
};
