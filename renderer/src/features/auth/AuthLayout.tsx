import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { AgencyIcon } from '../../ui/icons';

/** The centred card shared by sign-in and first-run, under the app's name. */
export function AuthLayout({ title, subtitle, children, testId }: { title: string; subtitle?: string; children: ReactNode; testId: string }) {
  return (
    <div className="desk-auth">
      <div className="desk-auth-brand">
        <span className="desk-auth-emblem">
          <AgencyIcon size={30} />
        </span>
        <div>
          <div className="desk-auth-app">Một Cửa Desk</div>
          <div className="desk-auth-tagline">Phần mềm tiếp nhận và trả kết quả hồ sơ · Bộ phận Một cửa cấp xã</div>
        </div>
      </div>
      <main className="desk-auth-card" data-testid={testId}>
        <Typography.Title level={1} className="desk-auth-title">
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph> : null}
        {children}
      </main>
      <footer className="desk-auth-footer">Phím F1: trợ giúp phím tắt sau khi đăng nhập</footer>
    </div>
  );
}
