import { Alert, Button, Card, Table, Typography } from 'antd';
import type { Backlog } from '../../../../shared/api';
import { queueHref, type QueueFilters } from '../queue/queue-filters-store';
import { vnToday } from '../queue/vietnam-time';
import { useBacklog } from './use-backlog';
import './supervisor.css';

interface BacklogCard {
  key: keyof Pick<Backlog, 'receivedToday' | 'dueToday' | 'overdue' | 'waitingSupplement' | 'resultsWaiting'>;
  title: string;
  hint: string;
  tone: 'blue' | 'amber' | 'red' | 'orange' | 'green';
  filters: () => Partial<QueueFilters>;
}

const CARDS: BacklogCard[] = [
  { key: 'receivedToday', title: 'Tiếp nhận hôm nay', hint: 'Hồ sơ nhận trong ngày', tone: 'blue', filters: () => ({ receivedFrom: vnToday(), receivedTo: vnToday() }) },
  { key: 'dueToday', title: 'Đến hạn hôm nay', hint: 'Phải trả kết quả trong ngày', tone: 'amber', filters: () => ({ due: 'today' }) },
  { key: 'overdue', title: 'Quá hạn', hint: 'Đã quá ngày hẹn trả', tone: 'red', filters: () => ({ due: 'overdue' }) },
  { key: 'waitingSupplement', title: 'Chờ bổ sung', hint: 'Đang dừng tính hạn', tone: 'orange', filters: () => ({ status: [5] }) },
  { key: 'resultsWaiting', title: 'Kết quả chờ trả', hint: 'Đã xử lý xong, chờ công dân nhận', tone: 'green', filters: () => ({ status: [9] }) },
];

const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit' });

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
          {loadedAt ? <Typography.Text type="secondary">Cập nhật lúc {timeFormat.format(loadedAt)}</Typography.Text> : null}
          <Button onClick={() => void reload()}>Làm mới</Button>
        </div>
      </div>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}

      <nav className="supervisor-cards" aria-label="Tồn đọng trong ngày">
        {CARDS.map((card) => (
          <a key={card.key} href={queueHref(card.filters())} className={`supervisor-card tone-${card.tone}`} data-testid={`backlog-${card.key}`}>
            <span className="supervisor-card-title">{card.title}</span>
            <span className="supervisor-card-value">{backlog ? backlog[card.key] : '—'}</span>
            <span className="supervisor-card-hint">{card.hint} · Xem danh sách →</span>
          </a>
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
              { title: 'Đang giải quyết', dataIndex: 'open', width: 132, align: 'right' },
              { title: 'Quá hạn', dataIndex: 'overdue', width: 88, align: 'right', render: (value: number) => <OverdueCount value={value} /> },
            ]}
          />
        </Card>
        <Card title="Theo cán bộ tiếp nhận" size="small" className="supervisor-table-card">
          <Table
            size="small"
            rowKey="username"
            loading={!backlog && !error}
            dataSource={backlog?.byOfficer ?? []}
            pagination={false}
            scroll={{ y: 320 }}
            locale={{ emptyText: 'Chưa có hồ sơ.' }}
            columns={[
              {
                title: 'Cán bộ',
                dataIndex: 'fullName',
                render: (name: string, row) => (
                  <a href={queueHref({ officer: row.username })} className="supervisor-link">
                    {name}
                    <span className="supervisor-code"> {row.username}</span>
                  </a>
                ),
              },
              { title: 'Nhận hôm nay', dataIndex: 'receivedToday', width: 124, align: 'right' },
              { title: 'Đang giải quyết', dataIndex: 'open', width: 132, align: 'right' },
              { title: 'Quá hạn', dataIndex: 'overdue', width: 88, align: 'right', render: (value: number) => <OverdueCount value={value} /> },
            ]}
          />
        </Card>
      </div>
    </section>
  );
}
