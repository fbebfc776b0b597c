import type { LogbookRow } from '../../../shared/api';
import { FormFooter, FormHeading } from './FormHeading';
import { TEMPLATE_VERSION } from './template-version';
import { vnDate, vnDateTime } from '../ui/vietnam-time';

export interface LogbookSheet {
  book: string;
  from?: string;
  to?: string;
  rows: LogbookRow[];
  /** More rows than a printed book takes at once: the period should be narrowed. */
  truncated: boolean;
  agencyName: string;
  counter: number;
  printedAt: string;
}

const day = (iso: string) => vnDate(`${iso}T05:00:00Z`);

function periodText(sheet: Pick<LogbookSheet, 'from' | 'to'>): string {
  if (sheet.from && sheet.to) return `Hồ sơ tiếp nhận từ ngày ${day(sheet.from)} đến ngày ${day(sheet.to)}`;
  if (sheet.from) return `Hồ sơ tiếp nhận từ ngày ${day(sheet.from)}`;
  if (sheet.to) return `Hồ sơ tiếp nhận đến ngày ${day(sheet.to)}`;
  return 'Toàn bộ quyển sổ';
}

/** A date and time cell: the day on one line, the time under it, so the narrow columns stay readable. */
function When({ iso }: { iso: string | null }) {
  if (!iso) return null;
  const [date, time] = vnDateTime(iso).split(' ');
  return (
    <>
      {date}
      <br />
      {time}
    </>
  );
}

/** Mẫu 07, Sổ theo dõi hồ sơ: the book's rows in số thứ tự order, on A4 landscape. */
export function LogbookForm({ sheet }: { sheet: LogbookSheet }) {
  return (
    <section className="mc-sheet mc-lb-sheet">
      <div className="mc-form-number">Mẫu số 07</div>
      <FormHeading agencyName={sheet.agencyName} dateIso={sheet.printedAt} />
      <h1 className="mc-title mc-lb-title">Sổ theo dõi hồ sơ</h1>
      <p className="mc-center mc-lb-subtitle">
        Quyển số <b>{sheet.book}</b> · Quầy {String(sheet.counter).padStart(2, '0')} · {periodText(sheet)} · {sheet.rows.length} hồ sơ
      </p>
      <table className="mc-table mc-lb-table" data-testid="logbook-table">
        <colgroup>
          <col className="mc-lb-no" />
          <col className="mc-lb-code" />
          <col className="mc-lb-procedure" />
          <col className="mc-lb-sets" />
          <col className="mc-lb-applicant" />
          <col className="mc-lb-when" />
          <col className="mc-lb-when" />
          <col className="mc-lb-when" />
          <col className="mc-lb-when" />
          <col className="mc-lb-sign" />
          <col className="mc-lb-note" />
        </colgroup>
        <thead>
          <tr>
            <th rowSpan={2}>Số thứ tự</th>
            <th rowSpan={2}>Mã hồ sơ</th>
            <th rowSpan={2}>Tên thủ tục hành chính</th>
            <th rowSpan={2}>Số lượng hồ sơ (bộ)</th>
            <th rowSpan={2}>Tên người nộp hồ sơ, địa chỉ, số điện thoại</th>
            <th colSpan={3}>Ngày, giờ</th>
            <th colSpan={2}>Trả kết quả</th>
            <th rowSpan={2}>Ghi chú</th>
          </tr>
          <tr>
            <th>Nhận hồ sơ</th>
            <th>Hẹn trả kết quả</th>
            <th>Nhận kết quả từ cơ quan giải quyết</th>
            <th>Ngày, giờ</th>
            <th>Ký nhận</th>
          </tr>
          <tr className="mc-lb-numbers">
            {Array.from({ length: 11 }, (_, i) => (
              <th key={i}>({i + 1})</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row) => (
            <tr key={row.dossierId}>
              <td className="mc-center">{row.rowNumber}</td>
              <td className="mc-lb-code-cell">{row.code}</td>
              <td>{row.procedureName}</td>
              <td className="mc-center">{row.sets}</td>
              <td>
                <b>{row.applicantName}</b>
                {row.applicantAddress ? <div>{row.applicantAddress}</div> : null}
                {row.applicantPhone ? <div>ĐT: {row.applicantPhone}</div> : null}
              </td>
              <td className="mc-center">
                <When iso={row.receivedAt} />
              </td>
              <td className="mc-center">
                <When iso={row.dueAt} />
              </td>
              <td className="mc-center">
                <When iso={row.resultAt} />
              </td>
              <td className="mc-center">
                <When iso={row.handedOverAt} />
              </td>
              <td />
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sheet.rows.length === 0 ? <p className="mc-lb-empty">Không có hồ sơ nào trong khoảng ngày này.</p> : null}
      {sheet.truncated ? <p className="mc-lb-empty">Chỉ in {sheet.rows.length} dòng đầu; hãy chọn khoảng ngày ngắn hơn.</p> : null}
      <p className="mc-lb-note-line">Thời gian theo giờ Việt Nam. Cột (10): người nhận kết quả ký khi nhận.</p>
      <FormFooter form="Mẫu số 07 · Sổ theo dõi hồ sơ" version={TEMPLATE_VERSION} />
    </section>
  );
}
