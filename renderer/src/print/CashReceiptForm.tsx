import type { ReceiptPrint } from '../../../shared/api';
import { formatVnd } from '../../../shared/money';
import { dateInWords } from './vietnam-time';

const COPY_LABELS = { 'Liên 1': 'Liên 1: Lưu', 'Liên 2': 'Liên 2: Giao cho người nộp tiền' } as const;

/** Receipt numbers are printed with 7 digits, as on the pre-printed books: 0000012. */
export function receiptNumberText(number: number): string {
  return String(number).padStart(7, '0');
}

function Line({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <p className="mc-line">
      {label}: {value ? <span className="mc-value">{value}</span> : <span className="mc-dots" />}
    </p>
  );
}

function ReceiptCopy({ receipt, copy }: { receipt: ReceiptPrint; copy: string }) {
  const { unit, payer } = receipt;
  const date = dateInWords(receipt.collectedAt);
  return (
    <section className="mc-cr-sheet">
      {receipt.voidMark ? (
        <div className="mc-cr-stamp mc-cr-void" aria-label="Biên lai đã hủy">
          {receipt.voidMark}
        </div>
      ) : null}
      {receipt.copy ? <div className="mc-cr-copy-mark">BẢN SAO</div> : null}
      <header className="mc-cr-heading">
        <div className="mc-cr-unit">
          <div className="mc-bold mc-upper">{unit.name}</div>
          <div>Mã số thuế: {unit.taxCode || '…………'}</div>
        </div>
        <div className="mc-cr-identity">
          <div>
            Mẫu số: <b>{receipt.receipt.form}</b>
          </div>
          <div>
            Ký hiệu: <b>{receipt.receipt.series}</b>
          </div>
          <div>
            Số: <b className="mc-cr-number">{receiptNumberText(receipt.receipt.number)}</b>
          </div>
        </div>
      </header>
      <h1 className="mc-title">Biên lai thu tiền phí, lệ phí</h1>
      <div className="mc-cr-copy">
        <i>({copy})</i>
      </div>
      <div className="mc-body">
        <Line label="Tên người nộp tiền" value={payer.name} />
        <Line label="Địa chỉ" value={payer.address} />
        <Line label="Hồ sơ" value={`${receipt.dossierCode} – ${receipt.procedureName}`} />
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
        <p className="mc-line">Hình thức thanh toán: {receipt.method}</p>
        {receipt.refunded > 0 ? <p className="mc-line">Đã hoàn trả: {formatVnd(receipt.refunded).replace(/ đ$/, ' đồng')}</p> : null}
      </div>
      <div className="mc-cr-date">
        <i>{date.charAt(0).toUpperCase() + date.slice(1)}</i>
      </div>
      <div className="mc-signatures">
        <div className="mc-signature">
          <div className="mc-bold">NGƯỜI NỘP TIỀN</div>
          <div>
            <i>(Ký, ghi rõ họ tên)</i>
          </div>
          <div className="mc-signature-name mc-bold">{payer.name}</div>
        </div>
        <div className="mc-signature">
          <div className="mc-bold">NGƯỜI THU TIỀN</div>
          <div>
            <i>(Ký, ghi rõ họ tên)</i>
          </div>
          <div className="mc-signature-name mc-bold">{receipt.collector.fullName || receipt.collector.username}</div>
        </div>
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
