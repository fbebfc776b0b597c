import { Alert, Button } from 'antd';
import { useEffect } from 'react';
import { useScreenKey } from '../../ui/hash-route';
import { openSettingsTab } from './settings-tab';
import { RECOVERY_KEY_PRINTED_EVENT, useRecoveryKeyStatus } from './recovery-key-status';

/**
 * The frame's reminder to an administrator until the recovery sheet has been printed: without it,
 * a dead counter PC takes every backup with it. Asked again whenever the screen changes.
 */
export function RecoveryKeyReminder({ isAdmin }: { isAdmin: boolean }) {
  const screen = useScreenKey();
  const { status, refresh } = useRecoveryKeyStatus(isAdmin);
  useEffect(() => {
    window.addEventListener(RECOVERY_KEY_PRINTED_EVENT, refresh);
    return () => window.removeEventListener(RECOVERY_KEY_PRINTED_EVENT, refresh);
  }, [refresh]);
  // Asked again on each screen (another admin may have printed it meanwhile).
  useEffect(() => {
    if (isAdmin) refresh();
  }, [isAdmin, screen, refresh]);
  if (!isAdmin || !status?.available || status.printedAt) return null;
  return (
    <Alert
      type="warning"
      banner
      data-testid="recovery-key-reminder"
      title="Chưa in phiếu khoá khôi phục: nếu máy này hỏng, các bản sao lưu sẽ không mở được."
      action={
        <Button size="small" onClick={() => openSettingsTab('backup')}>
          In khoá khôi phục
        </Button>
      }
    />
  );
}
