import { App, Button, Card, DatePicker, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { call, messageOf } from '../../api';
import { printLogbook } from '../../print/print-logbook';
import { useSystemInfo } from '../../stores/system-info-store';
import { DATE_FORMAT, vnToday } from '../../ui/vietnam-time';
import { useExcelExport } from '../../ui/use-excel-export';
import { thisMonth, yearPeriod, type Period } from './indicator-period';
import './logbook-card.css';

const COUNTERS = Array.from({ length: 9 }, (_, i) => ({ value: i + 1, label: `Quầy ${String(i + 1).padStart(2, '0')}` }));

/** The book of a counter and year, as Mẫu 01 quotes it: "01/2026". */
export const bookOf = (counter: number, year: number) => `${String(counter).padStart(2, '0')}/${year}`;

/** The period shown for a year: this month in the current year, else the whole year. */
function periodOfYear(year: number): Period {
  const today = vnToday();
  return Number(today.slice(0, 4)) === year ? thisMonth(today) : yearPeriod(year);
}

/** Sổ theo dõi hồ sơ (Mẫu 07): choose the counter's book and the days, then print it (A4 landscape) or export it to Excel. */
export function LogbookCard() {
  const { message } = App.useApp();
  const ownCounter = useSystemInfo((state) => state.info?.counter ?? 1);
  const [counter, setCounter] = useState<number | null>(null);
  const [year, setYear] = useState(() => Number(vnToday().slice(0, 4)));
  const [period, setPeriod] = useState<Period>(() => periodOfYear(year));
  const [printing, setPrinting] = useState(false);
  const { exporting, exportExcel } = useExcelExport();
  const busy = printing || exporting;
  const book = bookOf(counter ?? ownCounter, year);
  const request = { book, ...period };

  const print = () => {
    setPrinting(true);
    printLogbook({ kind: 'logbook', ...request })
      .catch((failure: unknown) => void message.error(messageOf(failure)))
      .finally(() => setPrinting(false));
  };

  return (
    <Card title="Sổ theo dõi hồ sơ" size="small" className="logbook-card" data-testid="logbook-card">
      <div className="logbook-card-bar">
        <Select aria-label="Quầy của quyển sổ" value={counter ?? ownCounter} options={COUNTERS} style={{ width: 110 }} onChange={(value: number) => setCounter(value)} />
        <DatePicker
          aria-label="Năm của quyển sổ"
          picker="year"
          format="YYYY"
          allowClear={false}
          value={dayjs(`${year}-01-01`)}
          onChange={(value) => {
            if (!value) return;
            setYear(value.year());
            setPeriod(periodOfYear(value.year()));
          }}
        />
        <DatePicker.RangePicker
          aria-label="Khoảng ngày tiếp nhận"
          format={DATE_FORMAT}
          allowClear={false}
          value={[dayjs(period.from), dayjs(period.to)]}
          disabledDate={(d) => d.year() !== year}
          onChange={(range) => range?.[0] && range[1] && setPeriod({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })}
        />
        <Button onClick={print} loading={printing} disabled={busy}>
          In sổ
        </Button>
        <Button onClick={() => void exportExcel(() => call('logbook.excel', request))} loading={exporting} disabled={busy}>
          Xuất Excel
        </Button>
      </div>
      <Typography.Text type="secondary" data-testid="logbook-span">
        Quyển số {book} · hồ sơ tiếp nhận từ {dayjs(period.from).format(DATE_FORMAT)} đến {dayjs(period.to).format(DATE_FORMAT)} · in khổ A4 ngang (Mẫu số 07)
      </Typography.Text>
    </Card>
  );
}
