import type { DossierDetail, SystemInfo } from '../../../shared/api';
import { FormFooter, FormHeading, HeadOfAgencySignature } from './FormHeading';
import { CodeWithQr, Field, LetterOpening, TimeOrBlank } from './form-parts';
import { stopEntry } from './dossier-moments';
import { TEMPLATE_VERSION } from './template-version';

/**
 * Mẫu 05: Thông báo dừng giải quyết hồ sơ, for a dossier withdrawn at the citizen's request
 * (`dossiers.withdraw`, with the reason given) or stopped by the back office (status 8 through the
 * portal's feed, which carries no reason: the line is left for the officer to write).
 */
export function StopNoticeForm({ dossier, info, qrDataUrl }: { dossier: DossierDetail; info: SystemInfo; qrDataUrl: string }) {
  const stop = stopEntry(dossier);
  const withdrawn = stop?.action === 'withdraw';
  return (
    <section className="mc-sheet">
      <div className="mc-form-number">Mẫu số 05</div>
      <FormHeading agencyName={info.agencyName} dateIso={stop?.at ?? new Date().toISOString()} />
      <h1 className="mc-title">THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ</h1>
      <CodeWithQr code={dossier.code} qrDataUrl={qrDataUrl} />
      <div className="mc-body">
        <LetterOpening dossier={dossier} agencyName={info.agencyName} />
        <p className="mc-line">
          {withdrawn ? 'Theo đề nghị rút hồ sơ của ông/bà' : 'Theo ý kiến của cơ quan có thẩm quyền giải quyết'}, {info.agencyName} thông báo dừng giải quyết hồ sơ
          nêu trên kể từ <TimeOrBlank iso={stop?.at} />.
        </p>
        <Field label="Lý do" value={withdrawn ? stop.reason : null} />
        <p className="mc-line">
          Ông/bà liên hệ Bộ phận tiếp nhận và trả kết quả {info.agencyName} để nhận lại hồ sơ, giấy tờ đã nộp (nếu có). Xin thông báo để ông/bà được biết./.
        </p>
      </div>
      <HeadOfAgencySignature />
      <FormFooter form="Mẫu số 05" version={TEMPLATE_VERSION} />
    </section>
  );
}
