import type { DossierDetail, SystemInfo } from '../../../shared/api';
import { FormFooter, FormHeading, Signatures, SingleSignature } from './FormHeading';
import { ApplicantBlock, CodeWithQr } from './form-parts';
import { lastEntryWithStatus } from './dossier-moments';
import { TEMPLATE_VERSION } from './template-version';

/** Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ, with the concrete reasons. */
export function RefusalForm({ dossier, info, qrDataUrl }: { dossier: DossierDetail; info: SystemInfo; qrDataUrl: string }) {
  const refused = lastEntryWithStatus(dossier, 3);
  const reasons = dossier.refusalReasons ?? [];
  return (
    <section className="mc-sheet">
      <div className="mc-form-number">Mẫu số 03</div>
      <FormHeading agencyName={info.agencyName} dateIso={refused?.at ?? new Date().toISOString()} />
      <h1 className="mc-title">PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ</h1>
      <CodeWithQr code={dossier.code} qrDataUrl={qrDataUrl} />
      <div className="mc-body">
        <ApplicantBlock dossier={dossier} intro={`Bộ phận tiếp nhận và trả kết quả ${info.agencyName} tiếp nhận hồ sơ của:`} />
        <p className="mc-line">Qua xem xét, cơ quan tiếp nhận từ chối tiếp nhận, giải quyết hồ sơ này vì những lý do sau:</p>
        {reasons.length > 0 ? (
          <ol className="mc-components">
            {reasons.map((reason, index) => (
              <li key={`${index}-${reason}`}>{reason}</li>
            ))}
          </ol>
        ) : (
          <p className="mc-line mc-indent">
            <span className="mc-dots" />
          </p>
        )}
        <p className="mc-line">Xin thông báo để ông/bà được biết và thực hiện./.</p>
      </div>
      {dossier.channel === 2 ? (
        // Filed online: the applicant was not at the counter to sign; the notice is sent to them.
        <SingleSignature title="NGƯỜI TIẾP NHẬN HỒ SƠ" name={refused?.byName ?? dossier.receivedByName} />
      ) : (
        <Signatures left={{ title: 'NGƯỜI NỘP HỒ SƠ', name: dossier.delegate?.fullName ?? dossier.applicant.fullName }} right={{ title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: refused?.byName ?? dossier.receivedByName }} />
      )}
      <FormFooter form="Mẫu số 03" version={TEMPLATE_VERSION} />
    </section>
  );
}
