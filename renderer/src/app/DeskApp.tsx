import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { SessionGate } from './SessionGate';
import { deskTheme } from './theme';

/** Vietnamese locale and the desk's theme around everything. */
export function DeskApp() {
  return (
    <ConfigProvider locale={viVN} theme={deskTheme} componentSize="middle">
      <AntApp>
        <SessionGate />
      </AntApp>
    </ConfigProvider>
  );
}
