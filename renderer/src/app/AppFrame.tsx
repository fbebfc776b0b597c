import { App, Button, Layout } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import type { UserView } from '../../../shared/api';
import { call } from '../api';
import { signOut } from '../features/auth';
import { ClockSkewWarning, useSyncStatusPoll } from '../features/sync';
import { AuditChainWarning } from '../features/audit';
import { BackupReminder, RecoveryKeyReminder } from '../features/settings';
import { useSession } from '../stores/session-store';
import { useSystemInfo } from '../stores/system-info-store';
import { useUiPrefs } from '../stores/ui-prefs-store';
import { AppHeader } from './AppHeader';
import { HelpPanel } from './HelpPanel';
import { MenuIcon } from '../ui/icons';
import { openScreen, useScreenKey } from '../ui/hash-route';
import { canOpen, screenByKey, SCREENS, type Screen } from './screens';
import { SideMenu } from './SideMenu';
import { TrainingBanner } from './TrainingBanner';
import { useDeskEvents } from './use-desk-events';
import { useFrameShortcuts } from './use-frame-shortcuts';
import { useIdleCheck } from './use-idle-check';
import { useHeaderBottom } from './use-header-bottom';

/** The signed-in desk: header, side menu, the current screen, help panel and shortcuts. */
export function AppFrame({ user, token }: { user: UserView; token: string }) {
  const { modal } = App.useApp();
  const info = useSystemInfo((state) => state.info);
  const menuCollapsed = useUiPrefs((state) => state.menuCollapsed);
  const helpOpen = useUiPrefs((state) => state.helpOpen);
  const { setMenuCollapsed, setHelpOpen } = useUiPrefs.getState();
  const screenKey = useScreenKey();
  const idleMinutes = useSession((state) => state.idleMinutes);
  useIdleCheck(idleMinutes);
  useHeaderBottom();

  useEffect(() => {
    void useSystemInfo.getState().load();
    // Confirms a session restored from sessionStorage is still valid; UNAUTHENTICATED returns to sign-in.
    call('auth.me').then((me) => useSession.getState().userRefreshed(me), () => {});
  }, [token]);

  const showIntegrityProblem = useCallback(
    (message: string) => modal.error({ title: 'Dữ liệu trên máy có vấn đề', content: message, okText: 'Đã hiểu' }),
    [modal],
  );
  useDeskEvents(token, showIntegrityProblem);
  useSyncStatusPoll(token);

  const shortcutActions = useMemo(
    () => ({
      openHelp: () => useUiPrefs.getState().setHelpOpen(true),
      openScreen: (screen: Screen) => {
        if (canOpen(screen, useSession.getState().user?.role)) openScreen(screen.key);
      },
      signOut: () => void signOut(),
    }),
    [],
  );
  useFrameShortcuts(shortcutActions);

  const requested = screenByKey(screenKey);
  const screen = requested && canOpen(requested, user.role) ? requested : SCREENS[0]!;
  const Page = screen.component;

  useEffect(() => {
    document.title = `${screen.label} · Một Cửa Desk`;
  }, [screen.label]);

  return (
    <Layout className="desk-frame" data-testid="app-frame" data-screen={screen.key}>
      {info?.training ? <TrainingBanner /> : null}
      <ClockSkewWarning />
      <AuditChainWarning />
      <BackupReminder isAdmin={user.role === 'admin'} />
      <RecoveryKeyReminder isAdmin={user.role === 'admin'} />
      <AppHeader info={info} user={user} onHelp={() => setHelpOpen(true)} onSignOut={() => void signOut()} />
      <Layout>
        <Layout.Sider width={232} collapsedWidth={64} collapsed={menuCollapsed} theme="light" className="desk-sider">
          <Button
            type="text"
            className="desk-sider-toggle"
            icon={<MenuIcon />}
            onClick={() => setMenuCollapsed(!menuCollapsed)}
            aria-expanded={!menuCollapsed}
            aria-label={menuCollapsed ? 'Mở rộng thanh điều hướng' : 'Thu gọn thanh điều hướng'}
          >
            {menuCollapsed ? null : 'Thu gọn'}
          </Button>
          <SideMenu current={screen.key} role={user.role} collapsed={menuCollapsed} onOpen={openScreen} />
        </Layout.Sider>
        <Layout.Content className="desk-content">
          <main data-testid={`screen-${screen.key}`}>
            <Page />
          </main>
        </Layout.Content>
      </Layout>
      <HelpPanel open={helpOpen} role={user.role} onClose={() => setHelpOpen(false)} />
    </Layout>
  );
}
