import { App, Button, Empty, Tag } from 'antd';
import { useState } from 'react';
import type { SyncIssue } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { vnTimeToday } from '../../ui/vietnam-time';

const KIND_LABELS: Record<SyncIssue['kind'], { label: string; color: string }> = {
  rejected: { label: 'Cổng từ chối', color: 'red' },
  conflict: { label: 'Xung đột dữ liệu', color: 'orange' },
  'code-conflict': { label: 'Trùng mã hồ sơ', color: 'volcano' },
};

interface SyncIssueListProps {
  issues: SyncIssue[];
  /** Supervisors choose which copy of a conflicting dossier to keep. */
  canResolve: boolean;
  onResolved: () => void;
}

/** Rejected and conflicting dossiers with the portal's reason; a conflict shows both copies side by side. */
export function SyncIssueList({ issues, canResolve, onResolved }: SyncIssueListProps) {
  if (issues.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có hồ sơ bị từ chối hay xung đột." data-testid="sync-issues-empty" />;
  }
  return (
    <ul className="desk-sync-issues" data-testid="sync-issues">
      {issues.map((issue) => (
        <SyncIssueItem key={issue.dossierId} issue={issue} canResolve={canResolve} onResolved={onResolved} />
      ))}
    </ul>
  );
}

function SyncIssueItem({ issue, canResolve, onResolved }: { issue: SyncIssue; canResolve: boolean; onResolved: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'local' | 'portal' | null>(null);
  const kind = KIND_LABELS[issue.kind];
  const comparable = issue.kind === 'conflict' && issue.local && issue.portal;

  const resolve = async (choice: 'local' | 'portal') => {
    setBusy(choice);
    try {
      await call('sync.resolve', { dossierId: issue.dossierId, choice });
      message.success(choice === 'local' ? `Đã giữ bản của quầy cho hồ sơ ${issue.code}.` : `Đã lấy bản trên cổng cho hồ sơ ${issue.code}.`);
      onResolved();
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <li className="desk-sync-issue" data-testid="sync-issue" data-kind={issue.kind} data-dossier-id={issue.dossierId}>
      <div className="desk-sync-issue-head">
        <span className="desk-sync-issue-code">{issue.code}</span>
        <Tag color={kind.color}>{kind.label}</Tag>
        <span className="desk-sync-issue-at">{vnTimeToday(issue.at)}</span>
      </div>
      {issue.message ? <p className="desk-sync-issue-message">{issue.message}</p> : null}
      {comparable && canResolve ? <ConflictComparison local={issue.local!} portal={issue.portal!} /> : null}
      {issue.kind === 'conflict' && canResolve ? (
        <div className="desk-sync-issue-actions">
          <Button onClick={() => void resolve('local')} loading={busy === 'local'} disabled={busy !== null}>
            Giữ bản của quầy
          </Button>
          <Button onClick={() => void resolve('portal')} loading={busy === 'portal'} disabled={busy !== null}>
            Lấy bản trên cổng
          </Button>
        </div>
      ) : null}
      {issue.kind === 'conflict' && !canResolve ? <p className="desk-sync-issue-hint">Lãnh đạo bộ phận sẽ chọn bản được giữ lại.</p> : null}
      {issue.kind === 'rejected' ? <p className="desk-sync-issue-hint">Sửa hồ sơ theo lý do trên; hồ sơ sẽ được gửi lại.</p> : null}
    </li>
  );
}

/** Field by field: this counter's copy against the portal's, differences marked. */
function ConflictComparison({ local, portal }: { local: Record<string, string>; portal: Record<string, string> }) {
  const fields = [...new Set([...Object.keys(local), ...Object.keys(portal)])];
  return (
    <table className="desk-sync-compare" data-testid="sync-conflict-compare">
      <thead>
        <tr>
          <th scope="col">Thông tin</th>
          <th scope="col">Bản của quầy</th>
          <th scope="col">Bản trên cổng</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => {
          const differs = (local[field] ?? '') !== (portal[field] ?? '');
          return (
            <tr key={field} className={differs ? 'is-different' : undefined}>
              <th scope="row">{field}</th>
              <td>{local[field] || '—'}</td>
              <td>{portal[field] || '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
