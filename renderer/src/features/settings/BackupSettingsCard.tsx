import { Alert, App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import type { RecoveryKeyStatus } from '../../../../shared/api';
import { BackupFolderCard } from './BackupFolderCard';
import { call, messageOf } from '../../api';
import { printForm } from '../../print';
import { timeAndDateInWords } from '../../ui/vietnam-time';
import { RECOVERY_KEY_PRINTED_EVENT, useRecoveryKeyStatus } from './recovery-key-status';

/**
 * "Sao lưu dữ liệu" (admin): the backup folder, the backups (BackupFolderCard), and the recovery sheet of the key
 * that opens the database and every backup ("In khoá khôi phục"), reminded until it is printed.
 */
export function BackupSettingsCard() {
  return (
    <div className="desk-settings-grid">
      <BackupFolderCard />
      <RecoveryKeyCard />
    </div>
  );
}

function RecoveryKeyCard() {
  const { message, modal } = App.useApp();
  const { status, error, refresh } = useRecoveryKeyStatus();
  const [printing, setPrinting] = useState(false);

  const print = async () => {
    setPrinting(true);
    try {
      await printForm({ kind: 'recovery-key' });
      // The print dialog may have been cancelled: the admin says whether the sheet is on paper.
      modal.confirm({
        title: 'Phiếu khoá khôi phục đã in ra giấy chưa?',
        content: 'Chỉ xác nhận khi đã cầm phiếu trên tay. Cất phiếu vào phong bì dán kín, để trong két sắt của đơn vị.',
        okText: 'Đã in, sẽ cất vào két',
        cancelText: 'Chưa in được',
        onOk: async () => {
          await call('backup.recoveryKeyPrinted');
          refresh();
          window.dispatchEvent(new Event(RECOVERY_KEY_PRINTED_EVENT));
          message.success('Đã ghi nhận: phiếu khoá khôi phục đã được in.');
        },
      });
    } catch (e) {
      message.error(`Không in được phiếu khoá khôi phục: ${messageOf(e)}`);
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Card
      title="Khoá khôi phục"
      data-testid="recovery-key-card"
      extra={
        <Button type={status?.printedAt ? 'default' : 'primary'} onClick={() => void print()} loading={printing} disabled={!status?.available} data-testid="print-recovery-key">
          In khoá khôi phục
        </Button>
      }
    >
      {error ? <Alert type="error" showIcon title={`Không tải được trạng thái khoá khôi phục: ${error}`} className="desk-form-alert" /> : null}
      <RecoveryKeyState status={status} />
      <Typography.Paragraph type="secondary" className="desk-settings-note">
        Khoá mở cơ sở dữ liệu, các tệp đã số hoá và mọi bản sao lưu. Nếu máy này hỏng, chỉ phiếu khoá khôi phục mới mở được bản sao lưu trên
        máy khác. Mỗi lần xem khoá đều được ghi vào nhật ký hệ thống.
      </Typography.Paragraph>
    </Card>
  );
}

function RecoveryKeyState({ status }: { status: RecoveryKeyStatus | null }) {
  if (!status) return null;
  if (!status.available) return <Alert type="info" showIcon title="Cơ sở dữ liệu này không mã hoá: không có khoá khôi phục." className="desk-form-alert" />;
  if (!status.printedAt) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="recovery-key-not-printed"
        title="Chưa in phiếu khoá khôi phục"
        description="Hãy in phiếu và cất vào két sắt: nếu máy hỏng mà chưa có phiếu, các bản sao lưu không mở được."
        className="desk-form-alert"
      />
    );
  }
  return (
    <Alert type="success" showIcon data-testid="recovery-key-printed" title={`Đã in phiếu khoá khôi phục lúc ${timeAndDateInWords(status.printedAt)}.`} className="desk-form-alert" />
  );
}
