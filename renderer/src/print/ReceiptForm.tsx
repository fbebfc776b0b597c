import type { DossierDetail, SystemInfo } from '../../../shared/api';
import { isShownOnly } from '../../../shared/catalog/component-form';
import { FormFooter, FormHeading, Signatures } from './FormHeading';
import { ApplicantBlock, CodeWithQr, feeText } from './form-parts';
import { TEMPLATE_VERSION } from './template-version';
import { timeAndDateInWords } from '../ui/vietnam-time';

const COPIES = ['Liên 1: Lưu tại Bộ phận tiếp nhận và trả kết quả', 'Liên 2: Giao cho người nộp hồ sơ'] as const;

function countsText(originals: number, copies: number): string {
  return `Bản chính: ${originals}; Bản sao: ${copies}`;
}

function ReceiptCopy({ dossier, info, qrDataUrl, copy }: { dossier: DossierDetail; info: SystemInfo; qrDataUrl: string; copy: string }) {
  const brought = dossier.components.filter((component) => component.originals + component.copies > 0);
  // Papers only shown (xuất trình) were checked and given back: listed apart, without counts.
  const submitted = brought.filter((component) => !isShownOnly(component.name));
  const shown = brought.filter((component) => isShownOnly(component.name));
  const returnPlace =
    dossier.returnMethod === 'post'
      ? `Qua dịch vụ bưu chính công ích, địa chỉ nhận: ${dossier.postalAddress ?? dossier.applicant.address}`
      : `Bộ phận tiếp nhận và trả kết quả ${info.agencyName}`;
  return (
    <section className="mc-sheet">
      <div className="mc-form-number">Mẫu số 01</div>
      <FormHeading agencyName={info.agencyName} dateIso={dossier.receivedAt} />
      <h1 className="mc-title">GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</h1>
      <CodeWithQr code={dossier.code} qrDataUrl={qrDataUrl}>
        <div className="mc-copy">
          <i>({copy})</i>
        </div>
      </CodeWithQr>
      <div className="mc-body">
        <ApplicantBlock dossier={dossier} intro={`Bộ phận tiếp nhận và trả kết quả ${info.agencyName} tiếp nhận hồ sơ của:`} />
        <p className="mc-line">1. Giấy tờ kèm theo:</p>
        {submitted.length > 0 ? (
          <ol className="mc-components">
            {submitted.map((component) => (
              <li key={component.code}>
                {component.name} ({countsText(component.originals, component.copies)})
              </li>
            ))}
          </ol>
        ) : (
          <p className="mc-line mc-indent">(Không có)</p>
        )}
        {shown.length > 0 ? (
          <p className="mc-line mc-indent" data-testid="receipt-shown-only">
            Giấy tờ xuất trình để đối chiếu (đã trả lại người nộp): {shown.map((component) => component.name.replace(/\s*\(\s*xuất trình\s*\)\s*$/i, '')).join('; ')}.
          </p>
        ) : null}
        <p className="mc-line">2. Số lượng hồ sơ: {dossier.sets} bộ</p>
        <p className="mc-line">3. Thời gian giải quyết theo quy định: {dossier.processingTimeText}</p>
        <p className="mc-line">4. Thời gian nhận hồ sơ: {timeAndDateInWords(dossier.receivedAt)}</p>
        <p className="mc-line">
          5. Thời gian trả kết quả: <b>{dossier.dueAt ? timeAndDateInWords(dossier.dueAt) : 'theo thông báo của cơ quan giải quyết'}</b>
        </p>
        <p className="mc-line">6. Nhận kết quả tại: {returnPlace}</p>
        {dossier.fee.total > 0 ? <p className="mc-line">Phí, lệ phí: {feeText(dossier.fee.total)}</p> : null}
        <p className="mc-line">
          Vào Sổ theo dõi hồ sơ, Quyển số <b>{dossier.bookNumber}</b>, Số thứ tự <b>{dossier.rowNumber}</b>
        </p>
      </div>
      <Signatures left={{ title: 'NGƯỜI NỘP HỒ SƠ', name: dossier.delegate?.fullName ?? dossier.applicant.fullName }} right={{ title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: dossier.receivedByName }} />
      <FormFooter form="Mẫu số 01" version={TEMPLATE_VERSION} />
    </section>
  );
}

/** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả, in two copies on separate pages. */
export function ReceiptForm({ dossier, info, qrDataUrl }: { dossier: DossierDetail; info: SystemInfo; qrDataUrl: string }) {
  return (
    <>
      {COPIES.map((copy) => (
        <ReceiptCopy key={copy} dossier={dossier} info={info} qrDataUrl={qrDataUrl} copy={copy} />
      ))}
    </>
  );
}
