import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { useScreenKey } from '../../app/hash-route';
import { openSettingsTab } from './settings-tab';

/** Dispatched on window when the backup folder is saved or a backup made or checked (the frame asks again). */
export const BACKUP_CHANGED_EVENT = 'motcua:backup-changed';

/** A backup older than this (or none, or a failed one) is warned about in the frame. */
const MAX_AGE_MS = 2 * 24 * 60 * 60 * 1000;

/** Why the ward's records are not safely backed up, or null when the last backup verified within two days. */
export function backupProblem(last: { at: string; ok: boolean } | undefined, folder: string | null, now: number): string | null {
  if (!folder) return 'Chưa chọn thư mục sao lưu: máy này chưa được sao lưu lần nào.';
  if (!last) return 'Chưa có bản sao lưu nào của máy này.';
  if (!last.ok) return 'Lần sao lưu gần nhất bị lỗi: hồ sơ chưa được sao lưu an toàn.';
  if (now - Date.parse(last.at) > MAX_AGE_MS) return 'Đã quá 2 ngày không có bản sao lưu kiểm tra được.';
  return null;
}

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
