import type { ReceiptPrint } from '../../../shared/api';
import { formatDong, formatVnd } from '../../../shared/money';
import { CashFormDate, CashFormHeading, CashSignature } from './cash-form-parts';
import { Field } from './form-parts';

const COPY_LABELS = { 'Liên 1': 'Liên 1: Lưu', 'Liên 2': 'Liên 2: Giao cho người nộp tiền' } as const;

function ReceiptCopy({ receipt, copy }: { receipt: ReceiptPrint; copy: string }) {
  const { unit, payer } = receipt;
  return (
    <section className="mc-cr-sheet">
      {receipt.voidMark ? (
        <div className="mc-cr-stamp mc-cr-void" aria-label="Biên lai đã hủy">
          {receipt.voidMark}
        </div>
      ) : null}
      {receipt.copy ? <div className="mc-cr-copy-mark">BẢN SAO</div> : null}
      <CashFormHeading unit={unit} document={receipt.receipt} />
      <h1 className="mc-title">Biên lai thu tiền phí, lệ phí</h1>
      <div className="mc-cr-copy">
        <i>({copy})</i>
      </div>
      <div className="mc-body">
        <Field label="Tên người nộp tiền" value={payer.name} />
        <Field label="Địa chỉ" value={payer.address} />
        <Field label="Hồ sơ" value={`${receipt.dossierCode} – ${receipt.procedureName}`} />
        <table className="mc-table mc-cr-lines">
          <thead>
            <tr>
              <th className="mc-cr-col-no">STT</th>
              <th>Tên loại phí, lệ phí</th>
              <th className="mc-cr-col-amount">Số tiền (đồng)</th>
            </tr>
          </thead>
          <tbody>
            {receipt.lines.map((line, index) => (
              <tr key={`${line.code}-${index}`}>
                <td className="mc-center">{index + 1}</td>
                <td>{line.name}</td>
                <td className="mc-cr-amount">{formatVnd(line.amount).replace(/ đ$/, '')}</td>
              </tr>
            ))}
            <tr>
              <td />
              <td className="mc-bold">Tổng cộng</td>
              <td className="mc-cr-amount mc-bold">{formatVnd(receipt.amount).replace(/ đ$/, '')}</td>
            </tr>
          </tbody>
        </table>
        <p className="mc-line">
          Tổng số tiền: <b>{receipt.amountText}</b>
        </p>
        <p className="mc-line">
          Viết bằng chữ: <i>{receipt.amountInWords}</i>
        </p>
        <p className="mc-line">
          Hình thức thanh toán: {receipt.method}
          {receipt.transferReference ? ` (mã giao dịch ${receipt.transferReference})` : null}
        </p>
        {receipt.refunded > 0 ? <p className="mc-line">Đã hoàn trả: {formatDong(receipt.refunded)}</p> : null}
      </div>
      <CashFormDate at={receipt.collectedAt} />
      <div className="mc-signatures">
        <CashSignature title="NGƯỜI NỘP TIỀN" name={payer.name} />
        <CashSignature title="NGƯỜI THU TIỀN" name={receipt.collector.fullName || receipt.collector.username} />
      </div>
      <footer className="mc-footer">
        Quầy {receipt.counter} · lần in {receipt.printNumber}
      </footer>
    </section>
  );
}

/** Biên lai thu tiền phí, lệ phí (Nghị định 123/2020, Thông tư 32/2025): each copy (liên) on its own page. */
export function CashReceiptForm({ receipt }: { receipt: ReceiptPrint }) {
  return (
    <>
      {receipt.copies.map((copy) => (
        <ReceiptCopy key={copy} receipt={receipt} copy={COPY_LABELS[copy]} />
      ))}
    </>
  );
}
