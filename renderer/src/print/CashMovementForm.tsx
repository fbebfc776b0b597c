import type { MovementPrint } from '../../../shared/api';
import { CashFormDate, CashFormHeading, CashSignature, receiptNumberText } from './cash-form-parts';
import { Field } from './form-parts';

/** Phiếu chi: cash paid back to the payer for a voided receipt or a refund, with its own number. */
export function CashMovementForm({ document: doc }: { document: MovementPrint }) {
  const what = doc.kind === 'void' ? 'Hoàn trả tiền do hủy biên lai' : 'Hoàn trả một phần tiền phí, lệ phí';
  return (
    <section className="mc-cr-sheet" data-kind={doc.kind}>
      <CashFormHeading unit={doc.unit} document={doc.document} />
      <h1 className="mc-title">Phiếu chi</h1>
      <div className="mc-cr-copy">
        <i>({what})</i>
      </div>
      <div className="mc-body">
        <Field label="Họ tên người nhận tiền" value={doc.payer.name} />
        <Field label="Địa chỉ" value={doc.payer.address} />
        <Field label="Hồ sơ" value={`${doc.dossierCode} – ${doc.procedureName}`} />
        <Field label="Biên lai đã thu" value={`Mẫu số ${doc.receipt.form}, ký hiệu ${doc.receipt.series}, số ${receiptNumberText(doc.receipt.number)}`} />
        <Field label="Lý do chi" value={doc.reason} />
        <p className="mc-line">
          Số tiền: <b>{doc.amountText}</b>
        </p>
        <p className="mc-line">
          Viết bằng chữ: <i>{doc.amountInWords}</i>
        </p>
        <p className="mc-line">
          Người duyệt tại quầy: {doc.approvedBy.fullName} ({doc.approvedBy.username})
        </p>
      </div>
      <CashFormDate at={doc.at} />
      <div className="mc-signatures">
        <CashSignature title="NGƯỜI NHẬN TIỀN" name={doc.payer.name} />
        <CashSignature title="NGƯỜI CHI TIỀN" name={doc.officer.fullName} />
        <CashSignature title="NGƯỜI DUYỆT" name={doc.approvedBy.fullName} />
      </div>
      <footer className="mc-footer">Quầy {doc.counter}</footer>
    </section>
  );
}
