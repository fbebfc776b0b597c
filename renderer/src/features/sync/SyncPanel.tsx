import { Alert, Button, Drawer } from 'antd';
import { useState } from 'react';
import type { SyncRunResult } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { useConnectivity } from '../../stores/connectivity-store';
import { useSession } from '../../stores/session-store';
import { SyncIcon } from './SyncIcon';
import { SyncIssueList } from './SyncIssueList';
import { vnTimeToday } from '../../ui/vietnam-time';
import { ageInWords } from './sync-figures';
import { offlineLabel } from './sync-state';
import { useNow } from '../../ui/use-now';
import { refreshSyncStatus } from './use-sync-status';
import { useSyncIssues } from './use-sync-issues';
import './sync.css';

type RunOutcome = { ok: boolean; message: string; result?: SyncRunResult };

/** The sync drawer: "Đồng bộ ngay", the figures, and the dossiers that need a person. */
export function SyncPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const sync = useConnectivity((state) => state.sync);
  const role = useSession((state) => state.user?.role);
  const canResolve = role === 'supervisor' || role === 'admin';
  const now = useNow();
  const { issues, error, reload } = useSyncIssues(open);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);

  const runNow = async () => {
    setRunning(true);
    setOutcome(null);
    try {
      const result = await call('sync.run');
      setOutcome({ ok: result.ok, message: result.message, result });
    } catch (failure) {
      setOutcome({ ok: false, message: messageOf(failure) });
    } finally {
      setRunning(false);
      await refreshSyncStatus();
      reload();
    }
  };

  const connection = sync ? (offlineLabel(sync) ?? 'Trực tuyến') : '…';
  const figures: Array<{ label: string; value: string; testId: string; tone?: 'warn' | 'bad' }> = [
    { label: 'Kết nối cổng', value: connection, testId: 'sync-figure-connection', tone: sync && !sync.online ? 'warn' : undefined },
    { label: 'Chờ đồng bộ', value: sync ? String(sync.pending) : '…', testId: 'sync-figure-pending', tone: sync && sync.pending > 0 ? 'warn' : undefined },
    { label: 'Thay đổi cũ nhất', value: sync?.pending && sync.oldestPendingAt ? `${ageInWords(sync.oldestPendingAt, now)} trước` : '—', testId: 'sync-figure-oldest' },
    { label: 'Đồng bộ thành công gần nhất', value: sync?.lastSuccessAt ? vnTimeToday(sync.lastSuccessAt, now) : 'Chưa có', testId: 'sync-figure-last-success' },
    { label: 'Bị từ chối', value: sync ? String(sync.rejected) : '…', testId: 'sync-figure-rejected', tone: sync && sync.rejected > 0 ? 'bad' : undefined },
    { label: 'Xung đột', value: sync ? String(sync.conflicts) : '…', testId: 'sync-figure-conflicts', tone: sync && sync.conflicts > 0 ? 'bad' : undefined },
  ];

  return (
    <Drawer title="Đồng bộ với Cổng dịch vụ công" open={open} onClose={onClose} size={560} data-testid="sync-panel" closable={{ 'aria-label': 'Đóng bảng đồng bộ' }}>
      <div className="desk-sync-panel">
        <div className="desk-sync-run">
          <Button type="primary" size="large" icon={<SyncIcon size={16} />} loading={running} onClick={() => void runNow()} data-testid="sync-run">
            Đồng bộ ngay
          </Button>
          <span className="desk-sync-run-hint">Gửi ngay các hồ sơ đang chờ và nhận thay đổi từ cổng. Việc tiếp nhận vẫn làm bình thường trong lúc đồng bộ.</span>
        </div>
        {outcome ? (
          <Alert
            type={outcome.ok ? 'success' : 'warning'}
            showIcon
            data-testid="sync-run-result"
            title={outcome.message}
            description={
              outcome.result
                ? `Đã gửi ${outcome.result.sent}, cổng xác nhận ${outcome.result.synced}, bị từ chối ${outcome.result.rejected}, nhận về ${outcome.result.pulled} thay đổi, xung đột ${outcome.result.conflicts}.`
                : undefined
            }
          />
        ) : null}
        <dl className="desk-sync-figures">
          {figures.map((figure) => (
            <div key={figure.testId} className={figure.tone ? `desk-sync-figure is-${figure.tone}` : 'desk-sync-figure'} data-testid={figure.testId}>
              <dt>{figure.label}</dt>
              <dd>{figure.value}</dd>
            </div>
          ))}
        </dl>
        <section aria-labelledby="sync-issues-heading">
          <h3 id="sync-issues-heading" className="desk-sync-section-title">
            Hồ sơ bị từ chối hoặc xung đột
          </h3>
          {error ? <Alert type="error" showIcon title={error} /> : null}
          {issues ? <SyncIssueList issues={issues} canResolve={canResolve} onResolved={() => void refreshSyncStatus().then(reload)} /> : null}
        </section>
      </div>
    </Drawer>
  );
}
