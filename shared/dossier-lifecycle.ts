import { STATUS_NAMES, type DossierStatus } from './dossier-status';

/** The counter's named actions; the status follows from the action (national codes). */
export type DossierAction =
  | 'accept'
  | 'refuse'
  | 'requestSupplement'
  | 'receiveSupplement'
  | 'handOff'
  | 'markProcessed'
  | 'handOver'
  | 'withdraw'
  | 'reschedule'
  | 'update';

interface ActionRule {
  from: readonly DossierStatus[];
  /** null: no status change. */
  to: DossierStatus | null;
  label: string;
}

export const ACTION_RULES: Record<DossierAction, ActionRule> = {
  accept: { from: [1], to: 2, label: 'Tiếp nhận hồ sơ trực tuyến' },
  refuse: { from: [1, 2], to: 3, label: 'Từ chối tiếp nhận' },
  requestSupplement: { from: [2, 4], to: 5, label: 'Yêu cầu bổ sung' },
  receiveSupplement: { from: [5], to: 4, label: 'Nhận bổ sung' },
  handOff: { from: [2], to: 4, label: 'Chuyển xử lý' },
  markProcessed: { from: [4, 6], to: 9, label: 'Đánh dấu đã xử lý xong' },
  handOver: { from: [9], to: 10, label: 'Trả kết quả' },
  withdraw: { from: [1, 2, 4, 5, 6, 9], to: 7, label: 'Rút hồ sơ' },
  reschedule: { from: [2, 4, 5, 6], to: null, label: 'Hẹn lại ngày trả' },
  update: { from: [1, 2, 4, 5, 6, 8, 9], to: null, label: 'Sửa thông tin hồ sơ' },
};

export function allowedActions(status: DossierStatus): DossierAction[] {
  return (Object.keys(ACTION_RULES) as DossierAction[]).filter((a) => ACTION_RULES[a].from.includes(status));
}

/** null when allowed; otherwise the Vietnamese reason. */
export function transitionRefusal(action: DossierAction, status: DossierStatus): string | null {
  const rule = ACTION_RULES[action];
  if (rule.from.includes(status)) return null;
  const allowedFrom = rule.from.map((s) => `"${STATUS_NAMES[s]}"`).join(', ');
  return `Không thể "${rule.label}" khi hồ sơ đang ở trạng thái "${STATUS_NAMES[status]}". Thao tác này chỉ làm được khi hồ sơ ở trạng thái ${allowedFrom}.`;
}
