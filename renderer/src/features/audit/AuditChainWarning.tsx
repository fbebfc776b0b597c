import { useEffect, useState } from 'react';
import type { AuditStatus } from '../../../../shared/api';
import { call } from '../../api';
import { vnSecondsDate } from '../../ui/vietnam-time';
import './audit.css';

const POLL_MS = 30_000;

/**
 * Across every screen when the audit's hash chain is broken (checked by the core at start, and
 * whenever a supervisor runs the check): someone changed the log outside the desk.
 */
export function AuditChainWarning() {
  const [status, setStatus] = useState<AuditStatus | null>(null);
  useEffect(() => {
    let current = true;
    const load = () =>
      call('audit.status').then(
        (next) => current && setStatus(next),
        () => {},
      );
    void load();
    const timer = window.setInterval(load, POLL_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, []);
  if (status?.state !== 'broken') return null;
  return (
    <div className="desk-audit-broken" role="alert" data-testid="audit-chain-warning">
      Nhật ký hệ thống đã bị thay đổi ngoài phần mềm: chuỗi kiểm tra gãy từ dòng {status.firstBroken?.id} ({vnSecondsDate(status.firstBroken?.at)})
      {status.firstBroken?.reason ? `: ${status.firstBroken.reason}` : ''}. Hãy báo ngay cho lãnh đạo
      và quản trị viên; không xoá dữ liệu trên máy này.
    </div>
  );
}
