import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import type { SystemInfo, UserView } from '../../../shared/api';
import { SyncIndicator, SyncPanel } from '../features/sync';
import { ConnectivityIndicator } from './ConnectivityIndicator';
import { AgencyIcon, HelpIcon, OfficerIcon, SignOutIcon } from '../ui/icons';
import { ROLE_LABELS } from '../ui/role-labels';

interface AppHeaderProps {
  info: SystemInfo | null;
  user: UserView;
  onHelp: () => void;
  onSignOut: () => void;
}

/** Agency and counter on the left; connectivity, sync, the officer, help and sign-out on the right. */
export function AppHeader({ info, user, onHelp, onSignOut }: AppHeaderProps) {
  const [syncPanelOpen, setSyncPanelOpen] = useState(false);
  return (
    <header className="desk-header" data-testid="app-header">
      <div className="desk-header-agency">
        <span className="desk-header-emblem">
          <AgencyIcon />
        </span>
        <div className="desk-header-titles">
          <span className="desk-header-unit">Bộ phận Tiếp nhận và Trả kết quả</span>
          <span className="desk-header-name" data-testid="agency-name">
            {info ? info.agencyName : 'Đang tải thông tin đơn vị…'}
          </span>
        </div>
        {info ? (
          <span className="desk-header-counter" data-testid="counter-number">
            Quầy số {info.counter}
          </span>
        ) : null}
      </div>
      <div className="desk-header-tools">
        <ConnectivityIndicator />
        <SyncIndicator onOpen={() => setSyncPanelOpen(true)} />
        <SyncPanel open={syncPanelOpen} onClose={() => setSyncPanelOpen(false)} />
        <span className="desk-header-officer" data-testid="signed-in-officer">
          <OfficerIcon />
          <span className="desk-header-officer-text">
            <span className="desk-header-officer-name">{user.fullName}</span>
            <span className="desk-header-officer-role">{ROLE_LABELS[user.role]}</span>
          </span>
        </span>
        <Tooltip title="Phím tắt: F1">
          <Button type="text" className="desk-header-button" icon={<HelpIcon />} onClick={onHelp}>
            Trợ giúp
          </Button>
        </Tooltip>
        <Tooltip title="Phím tắt: Ctrl+L">
          <Button type="text" className="desk-header-button" icon={<SignOutIcon />} onClick={onSignOut}>
            Đăng xuất
          </Button>
        </Tooltip>
      </div>
    </header>
  );
}
