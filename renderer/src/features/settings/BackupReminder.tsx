import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { useScreenKey } from '../../ui/hash-route';
import { backupProblem } from './backup-problem';
import { openSettingsTab } from './settings-tab';

/** Dispatched on window when the backup folder is saved or a backup made or checked (the frame asks again). */
export const BACKUP_CHANGED_EVENT = 'motcua:backup-changed';

/** The frame's warning to an administrator when no verified backup is younger than two days; asked again on each screen. */
export function BackupReminder({ isAdmin }: { isAdmin: boolean }) {
  const screen = useScreenKey();
  const [problem, setProblem] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const again = () => setRound((n) => n + 1);
    window.addEventListener(BACKUP_CHANGED_EVENT, again);
    return () => window.removeEventListener(BACKUP_CHANGED_EVENT, again);
  }, []);
  useEffect(() => {
    if (!isAdmin) return;
    let live = true;
    call('backup.settings').then(
      (settings) => live && setProblem(backupProblem(settings.lastBackup, settings.folder, Date.now())),
      () => undefined, // the settings screen says why it cannot load
    );
    return () => {
      live = false;
    };
  }, [isAdmin, screen, round]);
  if (!isAdmin || !problem) return null;
  return (
    <Alert
      type="warning"
      banner
      data-testid="backup-reminder"
      title={problem}
      action={
        <Button size="small" onClick={() => openSettingsTab('backup')}>
          Sao lưu dữ liệu
        </Button>
      }
    />
  );
}
