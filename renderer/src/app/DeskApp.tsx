import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { SessionGate } from './SessionGate';
import { deskTheme } from './theme';

// The date pickers' month and weekday names (their formats: ui/vietnam-time's DATE_FORMAT).
dayjs.locale('vi');

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
