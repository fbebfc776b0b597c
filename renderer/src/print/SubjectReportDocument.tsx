import type { SubjectReport } from '../../../shared/api';
import { call } from '../api';
import { DocumentShell, useDocumentLoad } from './loaded-document';
import { SubjectReportForm } from './SubjectReportForm';
import './print.css';
import './cash-report.css';

/** `#/print/subject-report/<idNumber>`: the report on A4, the request logged as a print. */
export function SubjectReportDocument({ idNumber, onReady, onFailed }: { idNumber: string; onReady?: () => void; onFailed?: (message: string) => void }) {
  const loaded = useDocumentLoad<SubjectReport>(idNumber, () => call('privacy.subjectReport', { idNumber, purpose: 'print' }), onReady, onFailed);
  return (
    <DocumentShell load={loaded} className="mc-print mc-paper-A4" pageRule="@page { size: A4; margin: 15mm 15mm 15mm 20mm; }" loadingText="Đang chuẩn bị báo cáo dữ liệu cá nhân…">
      {loaded.state === 'ready' ? <SubjectReportForm report={loaded.value} /> : null}
    </DocumentShell>
  );
}
