import type { Migration } from './migration';

/**
 * Đóng ca with a shortage above the cash setting `shortageApprovalThreshold`: the supervisor (or
 * admin) who approved it at the counter, by username. NULL for a close that needed no approval.
 */
export default {
  version: 9,
  name: 'cash-close-approval',
  up(db) {
    db.exec(`
ALTER TABLE cash_sessions ADD COLUMN approved_by TEXT;
`);
  },
} satisfies Migration;
