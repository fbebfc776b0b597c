import type { DossierDetail, SystemInfo } from '../../../shared/api';
import { FormFooter, FormHeading } from './FormHeading';
import { ApplicantBlock, CodeWithQr, TimeOrBlank } from './form-parts';
import { controlSteps, timeliness } from './control-steps';
import { TEMPLATE_VERSION } from './template-version';
import { vnTimeDate } from '../ui/vietnam-time';

/**
 * Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ. It travels with the dossier: each hand-off
 * with its time, its deadline and whether it was on time, and blank rows the back office fills in
 * by hand; reprinted, it carries the steps the portal's feed has brought since.
 */
export function ControlSheetForm({ dossier, info, qrDataUrl, printedAt }: { dossier: DossierDetail; info: SystemInfo; qrDataUrl: string; printedAt: string }) {
  const steps = controlSteps(dossier);
  return (
    <section className="mc-sheet">
      <div className="mc-form-number">Mẫu số 06</div>
      <FormHeading agencyName={info.agencyName} dateIso={printedAt} />
      <h1 className="mc-title">PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ</h1>
      <CodeWithQr code={dossier.code} qrDataUrl={qrDataUrl} />
      <div className="mc-body">
        <ApplicantBlock dossier={dossier} />
        <p className="mc-line">
          Thời gian nhận hồ sơ: <TimeOrBlank iso={dossier.receivedAt} />
        </p>
        <p className="mc-line">Thời gian giải quyết theo quy định: {dossier.processingTimeText}</p>
        <p className="mc-line">
          Thời gian hẹn trả kết quả: <TimeOrBlank iso={dossier.dueAt} />
        </p>
        <table className="mc-table mc-control-table">
          <thead>
            <tr>
              <th className="mc-col-no">STT</th>
              <th>Bước giải quyết</th>
              <th className="mc-col-time">Thời gian giao, nhận</th>
              <th className="mc-col-time">Hạn của bước</th>
              <th className="mc-col-judged">Đúng/quá hạn</th>
              <th className="mc-col-signer">Người thực hiện (ký)</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step, index) => (
              <tr key={`${index}-${step.step}`} data-testid={step.at ? 'control-step' : 'control-step-blank'}>
                <td className="mc-center">{index + 1}</td>
                <td>{step.step}</td>
                <td className="mc-center">{step.at ? vnTimeDate(step.at) : ''}</td>
                <td className="mc-center">{step.dueAt ? vnTimeDate(step.dueAt) : ''}</td>
                <td className="mc-center">{timeliness(step)}</td>
                <td>{step.byName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormFooter form="Mẫu số 06" version={TEMPLATE_VERSION} />
    </section>
  );
}
