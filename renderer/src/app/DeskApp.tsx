import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { deskQueryClient } from './desk-query-client';
import { SessionGate } from './SessionGate';
import { deskTheme } from './theme';

// The date pickers' month and weekday names (their formats: ui/vietnam-time's DATE_FORMAT).
dayjs.locale('vi');

/** Vietnamese locale, the desk's theme and the one query client around everything. */
export function DeskApp() {
  return (
    <ConfigProvider locale={viVN} theme={deskTheme} componentSize="middle">
      <QueryClientProvider client={deskQueryClient}>
        <AntApp>
          <SessionGate />
        </AntApp>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
