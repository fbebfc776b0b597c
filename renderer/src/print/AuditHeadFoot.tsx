import type { AuditHead } from '../../../shared/api';
import { groupedHash } from '../ui/grouped-hash';
import { vnSecondsDate } from '../ui/vietnam-time';
import './audit-head-foot.css';

/**
 * The foot of the day's cash report: the audit chain's head when it was printed. Kept on paper,
 * it shows later whether rows were cut off the end of the log (Nhật ký hệ thống → Kiểm tra).
 */
export function AuditHeadFoot({ head }: { head: AuditHead }) {
  return (
    <p className="mc-audit-foot" data-testid="audit-head-foot">
      Mốc nhật ký hệ thống khi in: dòng số {head.id}
      {head.at ? ` (ghi lúc ${vnSecondsDate(head.at)})` : ''}, mã kiểm tra <code>{groupedHash(head.hash)}</code>
    </p>
  );
}
