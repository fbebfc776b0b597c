import type { MovementPrint } from '../../../shared/api';
import { receiptNumberText } from './CashReceiptForm';
import { dateInWords } from './vietnam-time';

function Line({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <p className="mc-line">
      {label}: {value ? <span className="mc-value">{value}</span> : <span className="mc-dots" />}
    </p>
  );
}

function Signature({ title, name }: { title: string; name: string }) {
  return (
    <div className="mc-signature">
      <div className="mc-bold">{title}</div>
      <div>
        <i>(Ký, ghi rõ họ tên)</i>
      </div>
      <div className="mc-signature-name mc-bold">{name}</div>
    </div>
  );
}

/** Phiếu chi: cash paid back to the payer for a voided receipt or a refund, with its own number. */
export function CashMovementForm({ document: doc }: { document: MovementPrint }) {
  const date = dateInWords(doc.at);
  const what = doc.kind === 'void' ? 'Hoàn trả tiền do hủy biên lai' : 'Hoàn trả một phần tiền phí, lệ phí';
  return (
    <section className="mc-cr-sheet" data-kind={doc.kind}>
      <header className="mc-cr-heading">
        <div className="mc-cr-unit">
          <div className="mc-bold mc-upper">{doc.unit.name}</div>
          <div>Mã số thuế: {doc.unit.taxCode || '…………'}</div>
        </div>
        <div className="mc-cr-identity">
          <div>
            Mẫu số: <b>{doc.document.form}</b>
          </div>
          <div>
            Ký hiệu: <b>{doc.document.series}</b>
          </div>
          <div>
            Số: <b className="mc-cr-number">{receiptNumberText(doc.document.number)}</b>
          </div>
        </div>
      </header>
      <h1 className="mc-title">Phiếu chi</h1>
      <div className="mc-cr-copy">
        <i>({what})</i>
      </div>
      <div className="mc-body">
        <Line label="Họ tên người nhận tiền" value={doc.payer.name} />
        <Line label="Địa chỉ" value={doc.payer.address} />
        <Line label="Hồ sơ" value={`${doc.dossierCode} – ${doc.procedureName}`} />
        <Line label="Biên lai đã thu" value={`Mẫu số ${doc.receipt.form}, ký hiệu ${doc.receipt.series}, số ${receiptNumberText(doc.receipt.number)}`} />
        <Line label="Lý do chi" value={doc.reason} />
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
      <div className="mc-cr-date">
        <i>{date.charAt(0).toUpperCase() + date.slice(1)}</i>
      </div>
      <div className="mc-signatures">
        <Signature title="NGƯỜI NHẬN TIỀN" name={doc.payer.name} />
        <Signature title="NGƯỜI CHI TIỀN" name={doc.officer.fullName} />
        <Signature title="NGƯỜI DUYỆT" name={doc.approvedBy.fullName} />
      </div>
      <footer className="mc-footer">Quầy {doc.counter}</footer>
    </section>
  );
}
