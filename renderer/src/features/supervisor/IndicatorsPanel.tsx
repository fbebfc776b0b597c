import { Alert, Button, Card, DatePicker, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { IndicatorFigure } from '../../../../shared/api';
import { call, deskQuery, messageOf } from '../../api';
import { DATE_FORMAT, vnDateTime } from '../../ui/vietnam-time';
import { useExcelExport } from '../../ui/use-excel-export';
import { queueHref } from '../queue';
import { monthPeriod, quarterPeriod, thisMonth, yearPeriod, type Period, type PeriodKind } from './indicator-period';

const KINDS: Array<{ value: PeriodKind; label: string }> = [
  { value: 'month', label: 'Tháng' },
  { value: 'quarter', label: 'Quý' },
  { value: 'year', label: 'Năm' },
  { value: 'range', label: 'Khoảng ngày' },
];

const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
/** "46,2%": one decimal, the Vietnamese comma. */
const percent = { format: (ratio: number) => `${(ratio * 100).toFixed(1).replace('.', ',')}%` };

function periodOf(kind: PeriodKind, value: Dayjs): Period {
  if (kind === 'quarter') return quarterPeriod(value.year(), Math.floor(value.month() / 3) + 1);
  if (kind === 'year') return yearPeriod(value.year());
  return monthPeriod(value.year(), value.month() + 1);
}

function FigureCard({ figure }: { figure: IndicatorFigure }) {
  const days = figure.code === 'avgProcessingDays';
  const value = figure.ratio === null ? '—' : days ? `${decimal.format(figure.ratio)} ngày` : percent.format(figure.ratio);
  const numerator = days ? `${decimal.format(figure.numerator)} ngày` : String(figure.numerator);
  return (
    <Card size="small" className="indicator-card" data-testid={`indicator-${figure.code}`} title={figure.title}>
      <div className="indicator-value" data-testid={`indicator-${figure.code}-ratio`}>
        {value}
      </div>
      <div className="indicator-counts">
        {figure.lists.numerator ? (
          <a href={queueHref({ indicator: figure.lists.numerator })} data-testid={`indicator-${figure.code}-numerator`}>
            {numerator}
          </a>
        ) : (
          <span data-testid={`indicator-${figure.code}-numerator`}>{numerator}</span>
        )}
        {' / '}
        <a href={queueHref({ indicator: figure.lists.denominator })} data-testid={`indicator-${figure.code}-denominator`}>
          {figure.denominator} hồ sơ
        </a>
      </div>
      {figure.maxPoints !== undefined ? (
        <div className="indicator-points" data-testid={`indicator-${figure.code}-points`}>
          {figure.points === undefined ? '—' : decimal.format(figure.points)} / {figure.maxPoints} điểm
        </div>
      ) : null}
      {figure.target !== undefined ? <div className="indicator-target">Mục tiêu: {percent.format(figure.target)}</div> : null}
      <Typography.Paragraph type="secondary" className="indicator-counts-text">
        {figure.counts}
        {figure.note ? ` ${figure.note}` : ''}
      </Typography.Paragraph>
    </Card>
  );
}

/** Chỉ số QĐ 766: the ward's own figures for a period (this month by default), each count a way into the queue. */
export function IndicatorsPanel() {
  const [kind, setKind] = useState<PeriodKind>('month');
  const [period, setPeriod] = useState<Period>(() => thisMonth());
  const { exporting, exportExcel } = useExcelExport();
  const query = useQuery(deskQuery('reports.indicators', period));
  const report = query.data;


  return (
    <section className="indicators-panel" aria-labelledby="indicators-title" data-testid="indicators-panel">
      <div className="indicators-heading">
        <Typography.Title level={3} id="indicators-title" className="indicators-title">
          Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)
        </Typography.Title>
        <div className="indicators-period">
          <Select aria-label="Loại kỳ báo cáo" value={kind} options={KINDS} style={{ width: 140 }} onChange={(next: PeriodKind) => {
              setKind(next);
              if (next !== 'range') setPeriod(periodOf(next, dayjs(period.from)));
            }} />
          {kind === 'range' ? (
            <DatePicker.RangePicker
              aria-label="Khoảng ngày báo cáo"
              format={DATE_FORMAT}
              allowClear={false}
              value={[dayjs(period.from), dayjs(period.to)]}
              onChange={(range) => range?.[0] && range[1] && setPeriod({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })}
            />
          ) : (
            <DatePicker
              aria-label="Kỳ báo cáo"
              picker={kind}
              allowClear={false}
              format={kind === 'month' ? 'MM/YYYY' : kind === 'year' ? 'YYYY' : '[Quý] Q/YYYY'}
              value={dayjs(period.from)}
              onChange={(value) => value && setPeriod(periodOf(kind, value))}
            />
          )}
          <Button onClick={() => void exportExcel(() => call('reports.indicatorsExcel', period))} loading={exporting}>
            Xuất Excel
          </Button>
        </div>
      </div>
      <Typography.Text type="secondary" data-testid="indicators-span">
        Từ {dayjs(period.from).format(DATE_FORMAT)} đến {dayjs(period.to).format(DATE_FORMAT)}
        {report ? ` · hồ sơ còn mở tính đến ${vnDateTime(report.judgedAt)}` : ''}
      </Typography.Text>
      {query.error ? <Alert type="error" showIcon role="alert" title={messageOf(query.error)} /> : null}
      {report ? <Alert type="info" showIcon className="indicators-scope" data-testid="indicators-scope" title={report.scope} /> : null}
      <div className="indicators-grid">
        {(report?.figures ?? []).map((figure) => (
          <FigureCard key={figure.code} figure={figure} />
        ))}
      </div>
    </section>
  );
}
