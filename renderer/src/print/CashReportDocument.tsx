import { useEffect, useState } from 'react';
import type { CashReport, CashSettings, SystemInfo } from '../../../shared/api';
import { call, messageOf } from '../api';
import { CashReportForm } from './CashReportForm';
import type { CashReportRequest } from './print-request';
import './print.css';
import './cash-report.css';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; report: CashReport; unitName: string };

const LOADING: Loaded = { state: 'loading' };

async function load(request: CashReportRequest): Promise<Loaded> {
  const [report, settings, info]: [CashReport, CashSettings, SystemInfo] = await Promise.all([
    call('cash.report', request.officer ? { date: request.date, officer: request.officer } : { date: request.date }),
    call('cash.settings'),
    call('system.info'),
  ]);
  return { state: 'ready', report, unitName: settings.unitName || info.agencyName };
}

/** The day's cash report alone on A4 landscape: totals, receipts, voids, refunds and sessions. */
export function CashReportDocument({ request, onReady, onFailed }: { request: CashReportRequest; onReady?: () => void; onFailed?: (message: string) => void }) {
  const key = `${request.date}/${request.officer ?? ''}`;
  const [loaded, setLoaded] = useState<{ key: string; data: Loaded } | null>(null);

  useEffect(() => {
    let current = true;
    load(request).then(
      (data) => current && setLoaded({ key, data }),
      (error: unknown) => current && setLoaded({ key, data: { state: 'failed', message: messageOf(error) } }),
    );
    return () => {
      current = false;
    };
    // `key` stands for the request's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const data: Loaded = loaded?.key === key ? loaded.data : LOADING;
  useEffect(() => {
    if (data.state === 'ready') onReady?.();
    if (data.state === 'failed') onFailed?.(data.message);
  }, [data, onReady, onFailed]);

  const testId = data.state === 'ready' ? 'print-ready' : data.state === 'failed' ? 'print-failed' : 'print-loading';
  return (
    <div className="mc-print mc-cash-report" data-testid={testId}>
      <style>{'@page { size: A4 landscape; margin: 12mm 12mm 12mm 15mm; }'}</style>
      {data.state === 'ready' ? <CashReportForm report={data.report} unitName={data.unitName} /> : null}
      {data.state === 'loading' ? <p className="mc-status">Đang chuẩn bị báo cáo…</p> : null}
      {data.state === 'failed' ? <p className="mc-status">Không in được: {data.message}</p> : null}
    </div>
  );
}
