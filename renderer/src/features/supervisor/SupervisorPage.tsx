import { Alert, Button, Card, Table, Tooltip, Typography } from 'antd';
import type { Backlog } from '../../../../shared/api';
import { queueHref, type QueueFilters } from '../queue';
import { vnClockSeconds, vnToday } from '../../ui/vietnam-time';
import { useBacklog } from './use-backlog';
import { IndicatorsPanel } from './IndicatorsPanel';
import { LogbookCard } from './LogbookCard';
import './supervisor.css';

interface BacklogCard {
  key: keyof Pick<Backlog, 'receivedToday' | 'dueToday' | 'overdue' | 'waitingSupplement' | 'resultsWaiting' | 'waitingOnline'>;
  title: string;
  /** Shown under the figure. */
  hint: string;
  /** The tooltip: exactly what the figure counts, and which table column adds up to it. */
  counts: string;
  tone: 'blue' | 'amber' | 'red' | 'orange' | 'green' | 'purple';
  filters: () => Partial<QueueFilters>;
}

/** Every status of a received dossier that was not refused (the "received" of dossier-backlog.ts). */
const RECEIVED_STATUSES = [2, 4, 5, 6, 7, 8, 9, 10];

const CARDS: BacklogCard[] = [
  {
    key: 'receivedToday',
    title: 'Tiếp nhận hôm nay',
    hint: 'Đã tiếp nhận trong ngày',
    counts:
      'Hồ sơ được tiếp nhận hôm nay: nhận tại quầy và hồ sơ trực tuyến đã được tiếp nhận. Không tính hồ sơ bị từ chối tiếp nhận và hồ sơ trực tuyến đang chờ kiểm tra. Bằng tổng cột "Nhận hôm nay" của bảng Theo cán bộ tiếp nhận.',
    tone: 'blue',
    filters: () => ({ receivedFrom: vnToday(), receivedTo: vnToday(), status: RECEIVED_STATUSES }),
  },
  {
    key: 'dueToday',
    title: 'Đến hạn hôm nay',
    hint: 'Phải trả kết quả trong ngày',
    counts: 'Hồ sơ đang giải quyết (đang tính hạn) có thời điểm hẹn trả trong hôm nay, kể cả giờ hẹn đã qua. Không tính hồ sơ đang chờ bổ sung.',
    tone: 'amber',
    filters: () => ({ due: 'today' }),
  },
  {
    key: 'overdue',
    title: 'Quá hạn',
    hint: 'Đã quá thời điểm hẹn trả',
    counts: 'Hồ sơ đang tính hạn đã quá thời điểm hẹn trả (không tính hồ sơ chờ bổ sung, đã dừng tính hạn). Bằng tổng cột "Quá hạn" của mỗi bảng.',
    tone: 'red',
    filters: () => ({ due: 'overdue' }),
  },
  {
    key: 'waitingSupplement',
    title: 'Chờ bổ sung',
    hint: 'Đang dừng tính hạn',
    counts: 'Hồ sơ đã yêu cầu công dân bổ sung giấy tờ, đang dừng tính hạn cho đến khi nhận bổ sung.',
    tone: 'orange',
    filters: () => ({ status: [5] }),
  },
  {
    key: 'resultsWaiting',
    title: 'Kết quả chờ trả',
    hint: 'Đã xử lý xong, chờ công dân nhận',
    counts: 'Hồ sơ đã xử lý xong, kết quả đang chờ công dân đến nhận.',
    tone: 'green',
    filters: () => ({ status: [9] }),
  },
  {
    key: 'waitingOnline',
    title: 'Trực tuyến chờ kiểm tra',
    hint: 'Chưa tiếp nhận',
    counts: 'Hồ sơ nộp trực tuyến đang chờ cán bộ kiểm tra để tiếp nhận hoặc từ chối. Chưa tính vào "Tiếp nhận hôm nay" và "Đang giải quyết".',
    tone: 'purple',
    filters: () => ({ status: [1] }),
  },
];

/** "Đang giải quyết" in both tables. */
const OPEN_HINT = 'Hồ sơ đã tiếp nhận, chưa kết thúc: đã tiếp nhận, đang xử lý, chờ bổ sung, chờ nghĩa vụ tài chính, đã xử lý xong chờ trả. Hai bảng có cùng tổng.';

/** A column title with its definition on hover. */
function Defined({ title, hint }: { title: string; hint: string }) {
  return (
    <Tooltip title={hint}>
      <span className="supervisor-defined">{title}</span>
    </Tooltip>
  );
}

type OfficerRow = Backlog['byOfficer'][number] & { elsewhere?: boolean };

/** The officers, then one line for the dossiers other counters received, so the columns add up to the cards. */
function officerRows(backlog: Backlog | null): OfficerRow[] {
  if (!backlog) return [];
  const other = backlog.otherCounters;
  const rows: OfficerRow[] = [...backlog.byOfficer];
  if (other.receivedToday || other.open || other.overdue) rows.push({ username: '', fullName: 'Quầy khác của phường', elsewhere: true, ...other });
  return rows;
}

function OverdueCount({ value }: { value: number }) {
  return <span className={value > 0 ? 'supervisor-overdue' : 'supervisor-zero'}>{value}</span>;
}

/** Giám sát: the ward's daily backlog, each figure a way into the queue. */
export function SupervisorPage() {
  const { backlog, loadedAt, error, reload } = useBacklog();

  return (
    <section className="desk-page supervisor-page" aria-labelledby="page-title" data-testid="supervisor-screen">
      <div className="supervisor-heading">
        <Typography.Title level={2} id="page-title" className="desk-page-title">
          Giám sát tình hình giải quyết hồ sơ
        </Typography.Title>
        <div className="supervisor-refresh">
          {loadedAt ? <Typography.Text type="secondary">Cập nhật lúc {vnClockSeconds(loadedAt)}</Typography.Text> : null}
          <Button onClick={() => void reload()}>Làm mới</Button>
        </div>
      </div>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}

      <nav className="supervisor-cards" aria-label="Tồn đọng trong ngày">
        {CARDS.map((card) => (
          <Tooltip key={card.key} title={card.counts} placement="bottom">
            <a href={queueHref(card.filters())} className={`supervisor-card tone-${card.tone}`} data-testid={`backlog-${card.key}`} aria-description={card.counts}>
              <span className="supervisor-card-title">{card.title}</span>
              <span className="supervisor-card-value">{backlog ? backlog[card.key] : '—'}</span>
              <span className="supervisor-card-hint">{card.hint} · Xem danh sách →</span>
            </a>
          </Tooltip>
        ))}
      </nav>

      <div className="supervisor-tables">
        <Card title="Theo thủ tục" size="small" className="supervisor-table-card">
          <Table
            size="small"
            rowKey="procedureCode"
            loading={!backlog && !error}
            dataSource={backlog?.byProcedure ?? []}
            pagination={false}
            scroll={{ y: 320 }}
            locale={{ emptyText: 'Không có hồ sơ đang giải quyết.' }}
            columns={[
              {
                title: 'Thủ tục',
                dataIndex: 'procedureName',
                render: (name: string, row) => (
                  <a href={queueHref({ procedureCode: row.procedureCode })} className="supervisor-link">
                    {name}
                    <span className="supervisor-code"> {row.procedureCode}</span>
                  </a>
                ),
              },
              { title: <Defined title="Đang giải quyết" hint={OPEN_HINT} />, dataIndex: 'open', width: 132, align: 'right' },
              { title: 'Quá hạn', dataIndex: 'overdue', width: 88, align: 'right', render: (value: number) => <OverdueCount value={value} /> },
            ]}
          />
        </Card>
        <Card title="Theo cán bộ tiếp nhận" size="small" className="supervisor-table-card">
          <Table
            size="small"
            rowKey="username"
            loading={!backlog && !error}
            dataSource={officerRows(backlog)}
            pagination={false}
            scroll={{ y: 320 }}
            locale={{ emptyText: 'Chưa có hồ sơ.' }}
            columns={[
              {
                title: 'Cán bộ',
                dataIndex: 'fullName',
                render: (name: string, row: OfficerRow) =>
                  row.elsewhere ? (
                    <span className="supervisor-elsewhere">
                      {name}
                      <span className="supervisor-code"> (nhận từ cổng dịch vụ công)</span>
                    </span>
                  ) : (
                    <a href={queueHref({ officer: row.username })} className="supervisor-link">
                      {name}
                      <span className="supervisor-code"> {row.username}</span>
                    </a>
                  ),
              },
              {
                title: <Defined title="Nhận hôm nay" hint="Hồ sơ cán bộ đã tiếp nhận hôm nay (tại quầy hoặc tiếp nhận hồ sơ trực tuyến), không tính hồ sơ bị từ chối. Tổng cột bằng thẻ Tiếp nhận hôm nay." />,
                dataIndex: 'receivedToday',
                // Narrow figures (their headings wrap): the officer's full name keeps the room, on one or two lines.
                width: 92,
                align: 'right',
              },
              { title: <Defined title="Đang giải quyết" hint={OPEN_HINT} />, dataIndex: 'open', width: 96, align: 'right' },
              { title: 'Quá hạn', dataIndex: 'overdue', width: 72, align: 'right', render: (value: number) => <OverdueCount value={value} /> },
            ]}
          />
        </Card>
      </div>

      <IndicatorsPanel />
      <LogbookCard />
    </section>
  );
}
