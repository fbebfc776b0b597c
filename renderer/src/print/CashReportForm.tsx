import type { AuditHead, CashMovement, CashReport, PaymentStatus } from '../../../shared/api';
import { AuditHeadFoot } from './AuditHeadFoot';
import { officerNameIn } from '../../../shared/api/cash';
import { formatVnd } from '../../../shared/money';
import { CashSignature, receiptNumberText } from './cash-form-parts';
import { clockTime, dateInWords } from '../ui/vietnam-time';

const STATUS_TEXT: Record<PaymentStatus, string> = { paid: 'Đã thu', void: 'Đã hủy', refunded: 'Đã hoàn tiền' };

/** "14.000", as the tables print amounts (the unit is in the column heading). */
function dong(amount: number | null): string {
  return amount === null ? '' : formatVnd(amount).replace(/ đ$/, '');
}

function MovementTable({ movements, empty, name }: { movements: CashMovement[]; empty: string; name: (username: string) => string }) {
  if (!movements.length) return <p className="mc-rp-empty">{empty}</p>;
  return (
    <table className="mc-table mc-rp-table">
      <thead>
        <tr>
          <th>STT</th>
          <th>Chứng từ</th>
          <th>Giờ</th>
          <th>Biên lai gốc</th>
          <th>Cán bộ</th>
          <th>Quầy</th>
          <th>Người duyệt</th>
          <th>Số tiền (đồng)</th>
          <th>Lý do</th>
        </tr>
      </thead>
      <tbody>
        {movements.map((m, i) => (
          <tr key={m.id}>
            <td className="mc-center">{i + 1}</td>
            <td>
              {m.document.form} {m.document.series} {receiptNumberText(m.document.number)}
            </td>
            <td className="mc-center">{clockTime(m.at)}</td>
            <td>{m.paymentId}</td>
            <td>{name(m.officer)}</td>
            <td className="mc-center">{m.counter}</td>
            <td>{name(m.approvedBy)}</td>
            <td className="mc-rp-amount">{dong(m.amount)}</td>
            <td>{m.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Báo cáo thu tiền phí, lệ phí trong ngày: what the officer hands over with the cash and the leader signs. */
export function CashReportForm({ report, unitName, auditHead }: { report: CashReport; unitName: string; auditHead?: AuditHead }) {
  const day = `${report.date}T05:00:00Z`;
  const g = report.grandTotal;
  const name = (username: string) => officerNameIn(report, username);
  const receiptOf = new Map(report.payments.map((p) => [p.id, p.receipt]));
  // The receipt a void or refund pays back is shown by its number (receipts of another day by their id's start).
  const withReceipt = (movements: CashMovement[]) =>
    movements.map((m) => {
      const receipt = receiptOf.get(m.paymentId);
      return { ...m, paymentId: receipt ? receiptNumberText(receipt.number) : m.paymentId.slice(0, 8) };
    });
  return (
    <section className="mc-sheet mc-rp-sheet">
      <header className="mc-rp-heading">
        <div className="mc-bold mc-upper">{unitName}</div>
        <div>Bộ phận tiếp nhận và trả kết quả</div>
      </header>
      <h1 className="mc-title">Báo cáo thu tiền phí, lệ phí</h1>
      <p className="mc-center">
        <i>{dateInWords(day).replace(/^n/, 'N')}</i> · {report.officer ? `Cán bộ thu: ${name(report.officer)}` : 'Tất cả cán bộ và quầy'}
      </p>

      <h2 className="mc-rp-section">I. Tổng hợp theo cán bộ và quầy</h2>
      <table className="mc-table mc-rp-table" data-testid="report-totals">
        <thead>
          <tr>
            <th>Cán bộ thu</th>
            <th>Quầy</th>
            <th>Số biên lai</th>
            <th>Đã thu (đồng)</th>
            <th>Hủy biên lai (đồng)</th>
            <th>Hoàn tiền (đồng)</th>
            <th>Thực thu (đồng)</th>
          </tr>
        </thead>
        <tbody>
          {report.totals.map((t) => (
            <tr key={`${t.officer}-${t.counter}`}>
              <td>{name(t.officer)}</td>
              <td className="mc-center">{t.counter}</td>
              <td className="mc-center">{t.payments}</td>
              <td className="mc-rp-amount">{dong(t.collected)}</td>
              <td className="mc-rp-amount">{dong(t.voided)}</td>
              <td className="mc-rp-amount">{dong(t.refunded)}</td>
              <td className="mc-rp-amount">{dong(t.net)}</td>
            </tr>
          ))}
          <tr className="mc-bold">
            <td>Tổng cộng</td>
            <td />
            <td className="mc-center">{g.payments}</td>
            <td className="mc-rp-amount">{dong(g.collected)}</td>
            <td className="mc-rp-amount">{dong(g.voided)}</td>
            <td className="mc-rp-amount">{dong(g.refunded)}</td>
            <td className="mc-rp-amount">{dong(g.net)}</td>
          </tr>
        </tbody>
      </table>

      <h2 className="mc-rp-section">II. Biên lai thu tiền ({report.payments.length})</h2>
      {report.payments.length ? (
        <table className="mc-table mc-rp-table">
          <thead>
            <tr>
              <th>STT</th>
              <th>Mẫu số</th>
              <th>Ký hiệu</th>
              <th>Số</th>
              <th>Mã hồ sơ</th>
              <th>Giờ thu</th>
              <th>Cán bộ</th>
              <th>Quầy</th>
              <th>Số tiền (đồng)</th>
              <th>Đã hoàn (đồng)</th>
              <th>Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {report.payments.map((p, i) => (
              <tr key={p.id}>
                <td className="mc-center">{i + 1}</td>
                <td>{p.receipt.form}</td>
                <td>{p.receipt.series}</td>
                <td>{receiptNumberText(p.receipt.number)}</td>
                <td>{p.dossierCode}</td>
                <td className="mc-center">{clockTime(p.collectedAt)}</td>
                <td>{name(p.officer)}</td>
                <td className="mc-center">{p.counter}</td>
                <td className="mc-rp-amount">{dong(p.amount)}</td>
                <td className="mc-rp-amount">{p.refunded ? dong(p.refunded) : ''}</td>
                <td>{STATUS_TEXT[p.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mc-rp-empty">Không có khoản thu nào.</p>
      )}

      <h2 className="mc-rp-section">III. Hủy biên lai ({report.voids.length})</h2>
      <MovementTable movements={withReceipt(report.voids)} empty="Không hủy biên lai nào." name={name} />
      <h2 className="mc-rp-section">IV. Hoàn tiền ({report.refunds.length})</h2>
      <MovementTable movements={withReceipt(report.refunds)} empty="Không hoàn tiền lần nào." name={name} />

      <h2 className="mc-rp-section">V. Ca thu tiền ({report.sessions.length})</h2>
      {report.sessions.length ? (
        <table className="mc-table mc-rp-table">
          <thead>
            <tr>
              <th>Ca</th>
              <th>Cán bộ</th>
              <th>Quầy</th>
              <th>Mở – đóng</th>
              <th>Đầu ca</th>
              <th>Đã thu</th>
              <th>Chi ra</th>
              <th>Phải có</th>
              <th>Đếm được</th>
              <th>Chênh lệch</th>
              <th>Ghi chú bàn giao</th>
            </tr>
          </thead>
          <tbody>
            {report.sessions.map((s) => (
              <tr key={s.id}>
                <td className="mc-center">{s.id}</td>
                <td>{name(s.officer)}</td>
                <td className="mc-center">{s.counter}</td>
                <td className="mc-center">
                  {clockTime(s.openedAt)} – {s.closedAt ? clockTime(s.closedAt) : 'đang mở'}
                </td>
                <td className="mc-rp-amount">{dong(s.float)}</td>
                <td className="mc-rp-amount">{dong(s.collected)}</td>
                <td className="mc-rp-amount">{dong(s.movements)}</td>
                <td className="mc-rp-amount">{dong(s.expected)}</td>
                <td className="mc-rp-amount">{dong(s.counted)}</td>
                <td className="mc-rp-amount">{dong(s.difference)}</td>
                <td>
                  {s.note}
                  {s.approvedBy ? ` (lãnh đạo duyệt: ${name(s.approvedBy)})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mc-rp-empty">Không có ca thu tiền nào.</p>
      )}
      <p className="mc-rp-note">
        <i>Số tiền tính bằng đồng; hủy biên lai và hoàn tiền là số âm. Giờ theo giờ Việt Nam.</i>
      </p>

      <div className="mc-signatures">
        <CashSignature title="NGƯỜI LẬP BÁO CÁO" />
        <CashSignature title="LÃNH ĐẠO BỘ PHẬN" />
      </div>
      {auditHead ? <AuditHeadFoot head={auditHead} /> : null}
    </section>
  );
}
