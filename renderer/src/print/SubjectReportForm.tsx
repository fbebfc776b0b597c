import type { AccessLogItem, SubjectReport } from '../../../shared/api';
import { STATUS_NAMES, type DossierStatus } from '../../../shared/dossier-status';
import { formatVnd } from '../../../shared/money';
import { FormHeading } from './FormHeading';
import { vnDate, vnDayText, vnSecondsDate } from '../ui/vietnam-time';

const ROLE_TEXT = { applicant: 'người có yêu cầu', delegate: 'người nộp thay', recipient: 'người nhận kết quả' } as const;
const PURPOSE_TEXT: Record<AccessLogItem['purpose'], string> = { view: 'xem', search: 'tìm kiếm', print: 'in', export: 'xuất tệp' };
const FIELD_TEXT: Record<string, string> = {
  fullName: 'Họ và tên',
  idType: 'Loại giấy tờ',
  idNumber: 'Số giấy tờ',
  birthDate: 'Ngày sinh',
  sex: 'Giới tính',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  relation: 'Quan hệ',
  type: 'Loại đối tượng',
};

const VALUE_TEXT: Record<string, Record<string, string>> = {
  type: { citizen: 'công dân', business: 'doanh nghiệp', agency: 'cơ quan', organisation: 'tổ chức' },
  idType: { cccd: 'CCCD', cmnd: 'CMND', passport: 'hộ chiếu', 'tax-code': 'mã số thuế' },
};

function valueText(key: string, value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  if (key === 'birthDate' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return vnDayText(value);
  return VALUE_TEXT[key]?.[value] ?? value;
}

/** The stored fields of a person on one dossier, in words. */
function personText(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${FIELD_TEXT[k] ?? k}: ${valueText(k, v)}`)
    .join('; ');
}

function whatWasRead(a: AccessLogItem): string {
  if (a.method === 'privacy.subjectReport') return 'yêu cầu báo cáo dữ liệu cá nhân này';
  if (a.words) return `tìm "${a.words}"`;
  return [a.dossierCode ? `hồ sơ ${a.dossierCode}` : '', a.detail ?? ''].filter(Boolean).join(', ');
}

/**
 * Báo cáo dữ liệu cá nhân: everything the desk holds about one ID number, for the person's right
 * to know (Nghị định 13/2023/NĐ-CP; Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15), and who read it.
 */
export function SubjectReportForm({ report }: { report: SubjectReport }) {
  return (
    <article className="mc-sheet mc-subject-report" data-testid="subject-report">
      <FormHeading agencyName={report.agencyName} dateIso={report.generatedAt} />
      <h1 className="mc-title">BÁO CÁO DỮ LIỆU CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ</h1>
      <p className="mc-center">
        <i>
          Số giấy tờ: <b>{report.idNumber}</b>
          {report.names.length ? <> · Họ và tên: <b>{report.names.join(', ')}</b></> : null}
        </i>
      </p>
      <p>
        Lập lúc {vnSecondsDate(report.generatedAt)} theo yêu cầu của chủ thể dữ liệu, bởi tài khoản {report.generatedBy}. Báo cáo gồm mọi hồ sơ, khoản thu phí, lệ phí, tên tài liệu
        số hoá (không kèm nội dung) và mọi lượt truy cập dữ liệu có liên quan đến số giấy tờ này trên máy của Bộ phận Một cửa.
      </p>

      <h2 className="mc-rp-section">I. Hồ sơ ({report.dossiers.length})</h2>
      {report.dossiers.length ? (
        <table className="mc-table">
          <thead>
            <tr>
              <th style={{ width: '5%' }}>STT</th>
              <th style={{ width: '15%' }}>Mã hồ sơ</th>
              <th style={{ width: '18%' }}>Thủ tục</th>
              <th style={{ width: '10%' }}>Tư cách</th>
              <th style={{ width: '10%' }}>Ngày nhận</th>
              <th style={{ width: '10%' }}>Trạng thái</th>
              <th>Dữ liệu đang lưu</th>
            </tr>
          </thead>
          <tbody>
            {report.dossiers.map((d, i) => (
              <tr key={d.id}>
                <td className="mc-center">{i + 1}</td>
                <td>{d.code}</td>
                <td>{d.procedureName}</td>
                <td>{d.roles.map((r) => ROLE_TEXT[r]).join(', ')}</td>
                <td className="mc-center">{vnDate(d.receivedAt)}</td>
                <td>{STATUS_NAMES[d.status as DossierStatus] ?? d.status}</td>
                <td>
                  {d.roles.includes('applicant') ? personText(d.applicant) : `Người có yêu cầu: ${personText(d.applicant)}`}
                  {d.delegate ? <div>Người nộp thay: {personText(d.delegate)}</div> : null}
                  {d.collectedBy ? <div>Người nhận kết quả: {personText(d.collectedBy)}</div> : null}
                  {d.postalAddress ? <div>Địa chỉ nhận qua bưu chính: {d.postalAddress}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mc-rp-empty">Không có hồ sơ nào mang số giấy tờ này.</p>
      )}

      <h2 className="mc-rp-section">II. Phí, lệ phí đã nộp ({report.payments.length})</h2>
      {report.payments.length ? (
        <table className="mc-table">
          <thead>
            <tr>
              <th>Hồ sơ</th>
              <th>Biên lai</th>
              <th>Thời gian</th>
              <th>Người nộp</th>
              <th>Số tiền</th>
              <th>Tình trạng</th>
            </tr>
          </thead>
          <tbody>
            {report.payments.map((p) => (
              <tr key={p.receipt}>
                <td>{p.dossierCode}</td>
                <td>{p.receipt}</td>
                <td>{vnSecondsDate(p.collectedAt)}</td>
                <td>
                  {p.payerName}
                  {p.payerAddress ? `, ${p.payerAddress}` : ''}
                </td>
                <td className="mc-rp-amount">{formatVnd(p.amount)}</td>
                <td>{p.status === 'paid' ? 'Đã thu' : p.status === 'void' ? 'Đã hủy' : 'Đã hoàn tiền'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mc-rp-empty">Không có khoản thu nào.</p>
      )}

      <h2 className="mc-rp-section">III. Tài liệu số hoá ({report.attachments.length})</h2>
      {report.attachments.length ? (
        <table className="mc-table">
          <thead>
            <tr>
              <th>Hồ sơ</th>
              <th>Thành phần</th>
              <th>Tên tệp</th>
              <th>Số trang</th>
              <th>Lưu lúc</th>
              <th>Đã thay/xoá lúc</th>
            </tr>
          </thead>
          <tbody>
            {report.attachments.map((a, i) => (
              <tr key={`${a.dossierCode}-${a.componentCode}-${i}`}>
                <td>{a.dossierCode}</td>
                <td>{a.componentCode}</td>
                <td>{a.fileName}</td>
                <td className="mc-center">{a.pages}</td>
                <td>{vnSecondsDate(a.createdAt)}</td>
                <td>{vnSecondsDate(a.removedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mc-rp-empty">Không có tài liệu số hoá nào.</p>
      )}

      <h2 className="mc-rp-section">IV. Các lượt truy cập dữ liệu ({report.accessLog.length})</h2>
      {report.accessLog.length ? (
        <table className="mc-table" data-testid="subject-report-access">
          <thead>
            <tr>
              <th>Thời gian</th>
              <th>Tài khoản</th>
              <th>Thao tác</th>
              <th>Nội dung</th>
            </tr>
          </thead>
          <tbody>
            {report.accessLog.map((a) => (
              <tr key={a.id}>
                <td>{vnSecondsDate(a.at)}</td>
                <td>{a.username}</td>
                <td>{PURPOSE_TEXT[a.purpose]}</td>
                <td>{whatWasRead(a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mc-rp-empty">Chưa có lượt truy cập nào được ghi nhận.</p>
      )}
      <p className="mc-rp-note">
        <i>Giờ theo giờ Việt Nam. Lượt truy cập được lưu theo thời hạn đơn vị quy định (mặc định 24 tháng). Chính lần lập báo cáo này cũng được ghi vào nhật ký truy cập.</i>
      </p>
    </article>
  );
}
