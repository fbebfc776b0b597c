import type { DossierDetail, SystemInfo } from '../../../shared/api';
import { FormFooter, FormHeading, HeadOfAgencySignature } from './FormHeading';
import { CodeWithQr, Field, LetterOpening, TimeOrBlank } from './form-parts';
import { lastReschedule } from './dossier-moments';
import { TEMPLATE_VERSION } from './template-version';

/**
 * Mẫu 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết, after `dossiers.reschedule`:
 * the result was not ready at the time promised, why, the apology and the new time.
 */
export function ApologyForm({ dossier, info, qrDataUrl }: { dossier: DossierDetail; info: SystemInfo; qrDataUrl: string }) {
  const reschedule = lastReschedule(dossier);
  return (
    <section className="mc-sheet">
      <div className="mc-form-number">Mẫu số 04</div>
      <FormHeading agencyName={info.agencyName} dateIso={reschedule?.entry.at ?? new Date().toISOString()} />
      <h1 className="mc-title">VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT</h1>
      <CodeWithQr code={dossier.code} qrDataUrl={qrDataUrl} />
      <div className="mc-body">
        <LetterOpening dossier={dossier} agencyName={info.agencyName} />
        <p className="mc-line">
          Thời gian hẹn trả kết quả: <TimeOrBlank iso={reschedule?.promisedBefore} />
        </p>
        <p className="mc-line">Đến thời gian đã hẹn, {info.agencyName} chưa trả được kết quả giải quyết hồ sơ cho ông/bà đúng hẹn.</p>
        <Field label="Lý do" value={reschedule?.entry.reason} />
        <p className="mc-line">
          Sự chậm trễ này đã gây phiền hà, tốn kém thời gian của ông/bà. {info.agencyName} thành thật xin lỗi ông/bà và đề nghị được gia hạn thời gian giải
          quyết hồ sơ.
        </p>
        <p className="mc-line">
          Thời gian hẹn trả kết quả mới: <TimeOrBlank iso={reschedule?.entry.dueAt ?? null} />
        </p>
        <p className="mc-line">Xin trân trọng cảm ơn sự thông cảm và hợp tác của ông/bà./.</p>
      </div>
      <HeadOfAgencySignature />
      <FormFooter form="Mẫu số 04" version={TEMPLATE_VERSION} />
    </section>
  );
}
