import { App, Button, Card, Descriptions, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS } from '../../ui/role-labels';
import { useSession } from '../../stores/session-store';
import { useSystemInfo } from '../../stores/system-info-store';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { UserManagement } from './UserManagement';
import { PortalSettingsCard } from './PortalSettingsCard';
import { PrinterSettingsCard } from './PrinterSettingsCard';
import { DigitisingSettingsCard } from './DigitisingSettingsCard';
import { BackupSettingsCard } from './BackupSettingsCard';
import { ReceiptSettingsCard } from '../cash';
import { TrackingUrlCard } from '../citizen';
import { CatalogSyncCard } from './CatalogSyncCard';
import { openSettingsTab, useSettingsTab, type SettingsTab } from './settings-tab';

/**
 * Cài đặt: one's own account and this machine's printer for everyone ("Chung"); the administrator
 * also has a tab each for the portal connection, digitising, backups and the recovery key, and the officers' accounts.
 */
export function SettingsPage() {
  const user = useSession((state) => state.user);
  const tab = useSettingsTab();
  if (!user) return null;

  const general = <GeneralSettings isAdmin={user.role === 'admin'} isSupervisor={user.role !== 'officer'} />;
  return (
    <section className="desk-page" aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" className="desk-page-title">
        Cài đặt
      </Typography.Title>
      {user.role === 'admin' ? (
        <Tabs
          activeKey={tab}
          onChange={(key) => openSettingsTab(key as SettingsTab)}
          data-testid="settings-tabs"
          items={[
            { key: 'general', label: 'Chung', children: general },
            { key: 'portal', label: 'Kết nối cổng dịch vụ công', children: <PortalSettingsCard /> },
            { key: 'digitising', label: 'Số hoá hồ sơ', children: <DigitisingSettingsCard /> },
            { key: 'backup', label: 'Sao lưu dữ liệu', children: <BackupSettingsCard /> },
            { key: 'accounts', label: 'Tài khoản cán bộ', children: <UserManagement /> },
          ]}
        />
      ) : (
        general
      )}
    </section>
  );
}

/** "Chung": my account, this workstation, its printer, (supervisor) the procedure catalogue and (administrator) the receipts. */
function GeneralSettings({ isAdmin, isSupervisor }: { isAdmin: boolean; isSupervisor: boolean }) {
  const { message } = App.useApp();
  const user = useSession((state) => state.user);
  const info = useSystemInfo((state) => state.info);
  const [changingPassword, setChangingPassword] = useState(false);
  if (!user) return null;
  return (
    <>
      <div className="desk-settings-grid">
        <Card
          title="Tài khoản của tôi"
          extra={<Button onClick={() => setChangingPassword(true)}>Đổi mật khẩu</Button>}
          data-testid="my-account"
        >
          <Descriptions column={1} size="small">
            <Descriptions.Item label="Họ và tên">{user.fullName}</Descriptions.Item>
            <Descriptions.Item label="Tên đăng nhập">{user.username}</Descriptions.Item>
            <Descriptions.Item label="Vai trò">{ROLE_LABELS[user.role]}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title="Thông tin máy trạm" data-testid="workstation-info">
          <Descriptions column={1} size="small">
            <Descriptions.Item label="Đơn vị">{info?.agencyName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Mã đơn vị">{info?.agencyId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Quầy số">{info?.counter ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Chế độ">{info ? (info.training ? 'Tập huấn' : 'Chính thức') : '—'}</Descriptions.Item>
            <Descriptions.Item label="Phiên bản">{info?.appVersion ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
        <PrinterSettingsCard />
        {isSupervisor ? <CatalogSyncCard /> : null}
        {isAdmin ? <ReceiptSettingsCard /> : null}
        {isAdmin ? <TrackingUrlCard /> : null}
      </div>
      <ChangePasswordDialog
        open={changingPassword}
        onClose={() => setChangingPassword(false)}
        onDone={() => {
          setChangingPassword(false);
          message.success('Đã đổi mật khẩu.');
        }}
      />
    </>
  );
}
