import type { ReactNode } from 'react';
import type { DossierDetail } from '../../../shared/api';
import { amountInWords, formatDong } from '../../../shared/money';
import { timeAndDateInWords } from '../ui/vietnam-time';

/** "14.000 đồng (Mười bốn nghìn đồng)" */
export function feeText(total: number): string {
  return `${formatDong(total)} (${amountInWords(total)})`;
}

/** A labelled line with a dotted leader when the value is empty, as on the paper forms. */
export function Field({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <p className="mc-line">
      {label}: {value ? <span className="mc-value">{value}</span> : <span className="mc-dots" />}
    </p>
  );
}

/** Applicant, contact and request: the block every dossier form opens with. */
export function ApplicantBlock({ dossier, intro }: { dossier: DossierDetail; intro?: string }) {
  const { applicant, delegate } = dossier;
  return (
    <>
      {intro ? <p className="mc-line">{intro}</p> : null}
      <Field label="Ông/Bà" value={applicant.fullName} />
      {delegate ? (
        <Field label="Người nộp thay" value={[delegate.fullName, delegate.relation ? `(${delegate.relation})` : ''].filter(Boolean).join(' ')} />
      ) : null}
      <Field label="Địa chỉ" value={applicant.address} />
      <p className="mc-line mc-two-fields">
        <span>
          Số điện thoại: {applicant.phone ? <span className="mc-value">{applicant.phone}</span> : <span className="mc-dots" />}
        </span>
        <span>
          Thư điện tử: {applicant.email ? <span className="mc-value">{applicant.email}</span> : <span className="mc-dots" />}
        </span>
      </p>
      <Field label="Nội dung yêu cầu giải quyết" value={dossier.procedureName} />
    </>
  );
}

/** A time in words ("08 giờ 30 phút, ngày 05 tháng 03 năm 2026"), or the dotted blank the officer fills in by hand. */
export function TimeOrBlank({ iso }: { iso: string | null | undefined }) {
  return iso ? <b>{timeAndDateInWords(iso)}</b> : <span className="mc-dots" />;
}

/** The opening of a letter to the applicant about a dossier already received (Mẫu 04, 05): to whom, whose dossier, received when. */
export function LetterOpening({ dossier, agencyName }: { dossier: DossierDetail; agencyName: string }) {
  return (
    <>
      <p className="mc-line mc-addressee">
        Kính gửi: Ông/Bà <b>{dossier.applicant.fullName}</b>
      </p>
      <ApplicantBlock dossier={dossier} intro={`Bộ phận tiếp nhận và trả kết quả ${agencyName} đã tiếp nhận hồ sơ của:`} />
      <p className="mc-line">Thời gian nhận hồ sơ: {timeAndDateInWords(dossier.receivedAt)}</p>
    </>
  );
}

/** The dossier's code (with `children` under it, e.g. which copy) beside the QR code of the code. */
export function CodeWithQr({ code, qrDataUrl, children }: { code: string; qrDataUrl: string; children?: ReactNode }) {
  return (
    <div className="mc-title-row">
      <div className="mc-title-block">
        <div className="mc-code">
          Mã hồ sơ: <b>{code}</b>
        </div>
        {children}
      </div>
      <img className="mc-qr" src={qrDataUrl} alt={`Mã QR của hồ sơ ${code}`} />
    </div>
  );
}
