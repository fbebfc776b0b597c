import type { DossierDetail, SystemInfo } from '../../../shared/api';
import { componentFormText, componentNamed } from '../../../shared/catalog/component-form';
import { FormFooter, FormHeading, SingleSignature } from './FormHeading';
import { ApplicantBlock, CodeWithQr, Field } from './form-parts';
import type { GuidanceData } from './print-request';
import type { ChecklistItem } from './use-print-data';
import { lastEntryWithStatus } from './dossier-moments';
import { TEMPLATE_VERSION } from './template-version';

interface MissingItem {
  name: string;
  /** "Bản chính", "Bản sao"... when known; blank for the officer to write in. */
  form: string;
}

function MissingTable({ items }: { items: MissingItem[] }) {
  return (
    <table className="mc-table">
      <thead>
        <tr>
          <th className="mc-col-no">STT</th>
          <th>Tên giấy tờ</th>
          <th className="mc-col-form">Bản chính/Bản sao</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={`${index}-${item.name}`}>
            <td className="mc-center">{index + 1}</td>
            <td>{item.name}</td>
            <td className="mc-center">{item.form}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The form the missing paper is asked in: the component the line names, of the dossier or its procedure. */
function formOf(dossier: DossierDetail, checklist: readonly ChecklistItem[], item: string): string {
  const component = componentNamed(checklist, item) ?? componentNamed(dossier.components, item);
  return component ? componentFormText(component.originals, component.copies) : '';
}

/** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, for a received dossier now waiting for papers. */
export function SupplementForm({ dossier, info, qrDataUrl, checklist }: { dossier: DossierDetail; info: SystemInfo; qrDataUrl: string; checklist: readonly ChecklistItem[] }) {
  const supplement = dossier.supplement;
  const guide = lastEntryWithStatus(dossier, 5)?.byName ?? dossier.receivedByName;
  return (
    <section className="mc-sheet">
      <div className="mc-form-number">Mẫu số 02</div>
      <FormHeading agencyName={info.agencyName} dateIso={supplement?.requestedAt ?? new Date().toISOString()} />
      <h1 className="mc-title">PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ</h1>
      <CodeWithQr code={dossier.code} qrDataUrl={qrDataUrl} />
      <div className="mc-body">
        <ApplicantBlock dossier={dossier} intro={`Bộ phận tiếp nhận và trả kết quả ${info.agencyName} đã tiếp nhận hồ sơ của:`} />
        <p className="mc-line">Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:</p>
        {supplement ? <MissingTable items={supplement.items.map((item) => ({ name: item, form: formOf(dossier, checklist, item) }))} /> : <p className="mc-line mc-indent">(Hồ sơ không có yêu cầu bổ sung.)</p>}
        <Field label="Lý do" value={supplement?.reason} />
        <p className="mc-line">
          Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với {guide}, Bộ phận tiếp nhận và trả kết quả {info.agencyName} để được hướng
          dẫn. Thời gian giải quyết tạm dừng từ khi có phiếu này đến khi nhận đủ hồ sơ.
        </p>
      </div>
      <SingleSignature title="NGƯỜI HƯỚNG DẪN" name={guide} />
      <FormFooter form="Mẫu số 02" version={TEMPLATE_VERSION} />
    </section>
  );
}

/** Mẫu 02 as a guidance slip: a dossier that could not be received, with the papers still missing. */
export function GuidanceForm({ data, info, officerName, printedAt }: { data: GuidanceData; info: SystemInfo; officerName: string; printedAt: string }) {
  return (
    <section className="mc-sheet">
      <div className="mc-form-number">Mẫu số 02</div>
      <FormHeading agencyName={info.agencyName} dateIso={printedAt} />
      <h1 className="mc-title mc-title-alone">PHIẾU HƯỚNG DẪN HOÀN THIỆN HỒ SƠ</h1>
      <div className="mc-body">
        <Field label="Ông/Bà" value={data.applicantName} />
        <Field label="Nội dung yêu cầu giải quyết" value={data.procedureName} />
        <p className="mc-line">Hồ sơ chưa đủ điều kiện tiếp nhận. Đề nghị ông/bà bổ sung các giấy tờ sau:</p>
        <MissingTable items={data.missing.map((item) => ({ name: item.name, form: componentFormText(item.originals ?? 0, item.copies ?? 0) }))} />
        <p className="mc-line">
          Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với {officerName}, Bộ phận tiếp nhận và trả kết quả {info.agencyName} để được
          hướng dẫn.
        </p>
      </div>
      <SingleSignature title="NGƯỜI HƯỚNG DẪN" name={officerName} />
      <FormFooter form="Mẫu số 02 (phiếu hướng dẫn)" version={TEMPLATE_VERSION} />
    </section>
  );
}
