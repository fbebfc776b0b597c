import type { AuditHead, CashReport, CashSettings, SystemInfo } from '../../../shared/api';
import { call } from '../api';
import { CashReportForm } from './CashReportForm';
import { DocumentShell, useDocumentLoad } from './loaded-document';
import type { CashReportRequest } from './print-request';
import './print.css';
import './cash-report.css';

async function load(request: CashReportRequest): Promise<{ report: CashReport; unitName: string; auditHead: AuditHead }> {
  const [report, settings, info, auditHead]: [CashReport, CashSettings, SystemInfo, AuditHead] = await Promise.all([
    call('cash.report', request.officer ? { date: request.date, officer: request.officer } : { date: request.date }),
    call('cash.settings'),
    call('system.info'),
    // The audit chain's head at printing: an anchor on paper that rows cut off the log cannot change.
    call('audit.head'),
  ]);
  return { report, unitName: settings.unitName || info.agencyName, auditHead };
}

/** The day's cash report alone on A4 landscape: totals, receipts, voids, refunds and sessions. */
export function CashReportDocument({ request, onReady, onFailed }: { request: CashReportRequest; onReady?: () => void; onFailed?: (message: string) => void }) {
  const loaded = useDocumentLoad(`${request.date}/${request.officer ?? ''}`, () => load(request), onReady, onFailed);
  return (
    <DocumentShell load={loaded} className="mc-print mc-cash-report" pageRule="@page { size: A4 landscape; margin: 12mm 12mm 12mm 15mm; }" loadingText="Đang chuẩn bị báo cáo…">
      {loaded.state === 'ready' ? <CashReportForm report={loaded.value.report} unitName={loaded.value.unitName} auditHead={loaded.value.auditHead} /> : null}
    </DocumentShell>
  );
}
