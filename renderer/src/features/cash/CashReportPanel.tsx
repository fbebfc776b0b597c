import { Alert, App, Button, DatePicker, Input, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { CashReport, OfficerTotals } from '../../../../shared/api';
import { officerNameIn } from '../../../../shared/api/cash';
import { formatVnd } from '../../../../shared/money';
import { call, messageOf } from '../../api';
import { printForm } from '../../print';
import { useSession } from '../../stores/session-store';
import { vnToday } from '../../ui/vietnam-time';
import { useExcelExport } from '../../ui/use-excel-export';

type TotalRow = OfficerTotals & { key: string };

/** Báo cáo thu tiền trong ngày: totals per officer and counter, printed (A4 landscape) or exported to Excel. `refresh` changes when today's payments do. */
export function CashReportPanel({ refresh }: { refresh: string }) {
  const { message } = App.useApp();
  const role = useSession((state) => state.user?.role);
  const [date, setDate] = useState(vnToday);
  const [officer, setOfficer] = useState('');
  const [report, setReport] = useState<CashReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { exporting, exportExcel } = useExcelExport();
  const supervisor = role === 'supervisor' || role === 'admin';
  const input = officer.trim() ? { date, officer: officer.trim() } : { date };

  const inputKey = JSON.stringify(input);
  useEffect(() => {
    let current = true;
    // Typing an officer's name asks once the typing pauses, not at every keystroke.
    const timer = window.setTimeout(() => {
      call('cash.report', JSON.parse(inputKey) as { date: string; officer?: string }).then(
        (loaded) => {
          if (!current) return;
          setReport(loaded);
          setError(null);
        },
        (failure: unknown) => {
          if (!current) return;
          setReport(null);
          setError(messageOf(failure));
        },
      );
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [inputKey, refresh]);

  const print = () => {
    printForm({ kind: 'cash-report', ...input }).catch((failure: unknown) => void message.error(messageOf(failure)));
  };

  const rows: TotalRow[] = (report?.totals ?? []).map((t) => ({ ...t, key: `${t.officer}-${t.counter}` }));
  const g = report?.grandTotal;
  return (
    <div className="cash-report" data-testid="cash-report">
      <Space wrap className="cash-report-bar">
        <label className="cash-report-field">
          <span>Ngày</span>
          <DatePicker
            aria-label="Ngày báo cáo"
            format="DD/MM/YYYY"
            allowClear={false}
            value={dayjs(date)}
            onChange={(value) => value && setDate(value.format('YYYY-MM-DD'))}
          />
        </label>
        {supervisor ? (
          <label className="cash-report-field">
            <span>Cán bộ</span>
            <Input aria-label="Cán bộ thu" placeholder="Tất cả" allowClear value={officer} onChange={(event) => setOfficer(event.target.value)} style={{ width: 160 }} />
          </label>
        ) : null}
        <Button onClick={print} disabled={!report}>
          In báo cáo
        </Button>
        <Button type="primary" onClick={() => void exportExcel(() => call('cash.reportExcel', input))} loading={exporting} disabled={!report}>
          Xuất Excel
        </Button>
      </Space>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      {report ? (
        <>
          <p className="cash-muted">
            {report.officer ? `Cán bộ thu: ${officerNameIn(report, report.officer)}` : 'Tất cả cán bộ và quầy'} · {report.payments.length} biên lai · {report.voids.length} hủy ·{' '}
            {report.refunds.length} hoàn tiền · {report.sessions.length} ca
          </p>
          <Table<TotalRow>
            size="small"
            pagination={false}
            dataSource={rows}
            locale={{ emptyText: 'Ngày này chưa có khoản thu nào.' }}
            columns={[
              { title: 'Cán bộ thu', dataIndex: 'officer', render: (username: string) => <span title={username}>{officerNameIn(report, username)}</span> },
              { title: 'Quầy', dataIndex: 'counter', width: 70 },
              { title: 'Số biên lai', dataIndex: 'payments', width: 100, align: 'right' },
              { title: 'Đã thu', dataIndex: 'collected', align: 'right', render: (v: number) => formatVnd(v) },
              { title: 'Tiền mặt', dataIndex: 'cash', align: 'right', render: (v: number) => formatVnd(v) },
              { title: 'Chuyển khoản', dataIndex: 'transfer', align: 'right', render: (v: number) => formatVnd(v) },
              { title: 'Hủy biên lai', dataIndex: 'voided', align: 'right', render: (v: number) => formatVnd(v) },
              { title: 'Hoàn tiền', dataIndex: 'refunded', align: 'right', render: (v: number) => formatVnd(v) },
              { title: 'Thực thu', dataIndex: 'net', align: 'right', render: (v: number) => <b>{formatVnd(v)}</b> },
            ]}
            summary={() =>
              g ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <b>Tổng cộng</b>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} />
                  <Table.Summary.Cell index={2} align="right">
                    {g.payments}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {formatVnd(g.collected)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    <span data-testid="report-cash">{formatVnd(g.cash)}</span>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">
                    <span data-testid="report-transfer">{formatVnd(g.transfer)}</span>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} align="right">
                    {formatVnd(g.voided)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={7} align="right">
                    {formatVnd(g.refunded)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={8} align="right">
                    <b data-testid="report-net">{formatVnd(g.net)}</b>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        </>
      ) : null}
    </div>
  );
}
