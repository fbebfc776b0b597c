import { Tabs } from 'antd';
import { useSession } from '../../stores/session-store';
import { AccessLogTab } from './AccessLogTab';
import { AuditTrailTab } from './AuditTrailTab';
import { SubjectReportTab } from './SubjectReportTab';
import '../../print/print.css';
import '../../print/cash-report.css';
import './audit.css';

/** Nhật ký hệ thống (supervisor, admin): the audit trail, the access log (admin), a citizen's data. */
export function AuditLogPage() {
  const role = useSession((state) => state.user?.role);
  const items = [
    { key: 'trail', label: 'Nhật ký thao tác', children: <AuditTrailTab /> },
    ...(role === 'admin' ? [{ key: 'access', label: 'Truy cập dữ liệu cá nhân', children: <AccessLogTab /> }] : []),
    { key: 'subject', label: 'Dữ liệu của công dân', children: <SubjectReportTab /> },
  ];
  return (
    <div className="mc-audit-page" data-testid="audit-page">
      <Tabs items={items} destroyOnHidden />
    </div>
  );
}
