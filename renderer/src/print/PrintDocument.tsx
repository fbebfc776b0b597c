import { useEffect, useRef, useState } from 'react';
import { useSession } from '../stores/session-store';
import { CashReceiptDocument } from './CashReceiptDocument';
import { CashMovementDocument } from './CashMovementDocument';
import { CashReportDocument } from './CashReportDocument';
import { RecoveryKeyDocument } from './RecoveryKeyDocument';
import { SubjectReportDocument } from './SubjectReportDocument';
import { ReceiptForm } from './ReceiptForm';
import { RefusalForm } from './RefusalForm';
import { ApologyForm } from './ApologyForm';
import { StopNoticeForm } from './StopNoticeForm';
import { ControlSheetForm } from './ControlSheetForm';
import { GuidanceForm, SupplementForm } from './SupplementForm';
import { pageRule, type PaperSize } from './print-settings';
import type { FormRequest, PrintRequest } from './print-request';
import { usePrintData, type PrintData } from './use-print-data';
import './print.css';

interface PrintDocumentProps {
  request: PrintRequest;
  paper: PaperSize;
  /** Called once the data and the QR code are loaded and drawn. */
  onReady?: () => void;
  onFailed?: (message: string) => void;
}

function FormFor({ request, data }: { request: FormRequest; data: Extract<PrintData, { state: 'ready' }> }) {
  const officerName = useSession((state) => state.user?.fullName ?? '');
  const [printedAt] = useState(() => new Date().toISOString());
  if (request.kind === 'guidance') return <GuidanceForm data={request.data} info={data.info} officerName={officerName} printedAt={printedAt} />;
  const { dossier, qrDataUrl, info } = data;
  if (!dossier || !qrDataUrl) return null;
  switch (request.kind) {
    case 'receipt':
      return <ReceiptForm dossier={dossier} info={info} qrDataUrl={qrDataUrl} />;
    case 'supplement':
      return <SupplementForm dossier={dossier} info={info} qrDataUrl={qrDataUrl} checklist={data.checklist} />;
    case 'refusal':
      return <RefusalForm dossier={dossier} info={info} qrDataUrl={qrDataUrl} />;
    case 'apology':
      return <ApologyForm dossier={dossier} info={info} qrDataUrl={qrDataUrl} />;
    case 'stop-notice':
      return <StopNoticeForm dossier={dossier} info={info} qrDataUrl={qrDataUrl} />;
    case 'control-sheet':
      return <ControlSheetForm dossier={dossier} info={info} qrDataUrl={qrDataUrl} printedAt={printedAt} />;
  }
}

/** One printable document: a cash receipt or phiếu chi on its own paper, the day's cash report, or a dossier form. */
export function PrintDocument({ request, ...rest }: PrintDocumentProps) {
  if (request.kind === 'cash-receipt') return <CashReceiptDocument request={request} onReady={rest.onReady} onFailed={rest.onFailed} />;
  if (request.kind === 'cash-movement') return <CashMovementDocument request={request} onReady={rest.onReady} onFailed={rest.onFailed} />;
  if (request.kind === 'recovery-key') return <RecoveryKeyDocument onReady={rest.onReady} onFailed={rest.onFailed} />;
  if (request.kind === 'subject-report') return <SubjectReportDocument idNumber={request.idNumber} onReady={rest.onReady} onFailed={rest.onFailed} />;
  if (request.kind === 'cash-report') return <CashReportDocument request={request} onReady={rest.onReady} onFailed={rest.onFailed} />;
  return <FormDocument request={request} {...rest} />;
}

/**
 * One printable form and nothing else: the @page rule for the paper, then the sheets.
 * The root carries data-testid="print-ready" once the data is in and every image is decoded.
 */
function FormDocument({ request, paper, onReady, onFailed }: PrintDocumentProps & { request: FormRequest }) {
  const data = usePrintData(request);
  const root = useRef<HTMLDivElement>(null);
  const [imagesReady, setImagesReady] = useState(false);

  useEffect(() => {
    if (data.state === 'failed') onFailed?.(data.message);
    if (data.state !== 'ready') return;
    let current = true;
    const images = Array.from(root.current?.querySelectorAll('img') ?? []);
    Promise.all(images.map((image) => image.decode().catch(() => undefined))).then(() => current && setImagesReady(true));
    return () => {
      current = false;
    };
  }, [data, onFailed]);

  const ready = data.state === 'ready' && imagesReady;
  useEffect(() => {
    if (ready) onReady?.();
  }, [ready, onReady]);

  return (
    <div ref={root} className={`mc-print mc-paper-${paper}`} data-testid={ready ? 'print-ready' : data.state === 'failed' ? 'print-failed' : 'print-loading'}>
      <style>{pageRule(paper)}</style>
      {data.state === 'ready' ? <FormFor request={request} data={data} /> : null}
      {data.state === 'loading' ? <p className="mc-status">Đang chuẩn bị bản in…</p> : null}
      {data.state === 'failed' ? <p className="mc-status">Không in được: {data.message}</p> : null}
    </div>
  );
}
