// What the shell uses from Cài đặt: the screen and the frame's reminders.
export { BackupReminder } from './BackupReminder';
export { RecoveryKeyReminder } from './RecoveryKeyReminder';
export { SettingsPage } from './SettingsPage';
