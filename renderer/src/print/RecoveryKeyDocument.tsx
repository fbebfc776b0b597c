import QRCode from 'qrcode';
import type { RecoveryKey, SystemInfo } from '../../../shared/api';
import { call } from '../api';
import { DocumentShell, useDocumentLoad } from './loaded-document';
import { dateInWords } from '../ui/vietnam-time';
import './print.css';
import './recovery-key.css';

interface Sheet {
  key: RecoveryKey;
  info: SystemInfo;
  qrDataUrl: string;
  printedAt: string;
}

async function load(): Promise<Sheet> {
  const [key, info] = await Promise.all([call('backup.recoveryKey'), call('system.info')]);
  const qrDataUrl = await QRCode.toDataURL(key.keyGroups.join(''), { errorCorrectionLevel: 'M', margin: 0, width: 320 });
  return { key, info, qrDataUrl, printedAt: new Date().toISOString() };
}

/**
 * The recovery sheet: the key that opens this desk's database and every backup, as 16 groups of 4
 * hex characters and as a QR code, with the agency and the date, and how to restore with it. One
 * A4 page, kept in the ward's safe.
 */
export function RecoveryKeyDocument({ onReady, onFailed }: { onReady?: () => void; onFailed?: (message: string) => void }) {
  const loaded = useDocumentLoad('recovery-key', load, onReady, onFailed);
  return (
    <DocumentShell load={loaded} className="mc-print mc-recovery-key" pageRule="@page { size: A4; margin: 15mm 18mm 15mm 22mm; }" loadingText="Đang chuẩn bị phiếu khoá khôi phục…">
      {loaded.state === 'ready' ? <RecoverySheet sheet={loaded.value} /> : null}
    </DocumentShell>
  );
}

function RecoverySheet({ sheet }: { sheet: Sheet }) {
  const { key, info, qrDataUrl, printedAt } = sheet;
  return (
    <article className="mc-sheet mc-recovery-sheet" data-testid="recovery-sheet">
      <div className="mc-recovery-warning mc-bold">TÀI LIỆU MẬT — CẤT TRONG KÉT SẮT CỦA ĐƠN VỊ</div>
      <h1 className="mc-recovery-title">PHIẾU KHOÁ KHÔI PHỤC DỮ LIỆU MỘT CỬA</h1>
      <table className="mc-recovery-facts">
        <tbody>
          <tr>
            <th>Cơ quan</th>
            <td data-testid="recovery-agency-name">{info.agencyName}</td>
          </tr>
          <tr>
            <th>Mã định danh</th>
            <td data-testid="recovery-agency-id">{info.agencyId}</td>
          </tr>
          <tr>
            <th>Quầy số</th>
            <td>{info.counter}</td>
          </tr>
          <tr>
            <th>Ngày in</th>
            <td data-testid="recovery-date">{dateInWords(printedAt)}</td>
          </tr>
        </tbody>
      </table>
      <div className="mc-recovery-key-block">
        <div className="mc-recovery-groups" data-testid="recovery-key-groups" aria-label="Khoá khôi phục">
          {key.keyGroups.map((group, i) => (
            <span key={i} className="mc-recovery-group" data-testid="recovery-key-group">
              {group}
            </span>
          ))}
        </div>
        <img className="mc-recovery-qr" src={qrDataUrl} alt="Mã QR của khoá khôi phục" data-testid="recovery-key-qr" />
      </div>
      <section className="mc-recovery-instructions">
        <h2>Khoá này dùng để làm gì</h2>
        <p>
          Khoá mở cơ sở dữ liệu, các tệp hồ sơ đã số hoá và mọi bản sao lưu của máy tính một cửa này. Nếu máy hỏng hoặc mất, chỉ có khoá
          này mới đọc lại được các bản sao lưu. Không ai, kể cả nhà cung cấp phần mềm, khôi phục được dữ liệu khi mất khoá.
        </p>
        <h2>Cách giữ</h2>
        <ul>
          <li>Cất phiếu trong phong bì dán kín, để trong két sắt của Ủy ban; không chụp ảnh, không lưu trên máy tính hay điện thoại.</li>
          <li>Người có phiếu đọc được toàn bộ dữ liệu cá nhân của công dân: chỉ lãnh đạo đơn vị và quản trị viên được mở.</li>
          <li>Khi in lại phiếu mới, huỷ phiếu cũ (cùng một khoá).</li>
        </ul>
        <h2>Cách khôi phục trên máy khác</h2>
        <ol>
          <li>Cài phần mềm Một Cửa Desk, chép thư mục bản sao lưu (motcua-backup-…) sang máy mới.</li>
          <li>
            Gõ 64 ký tự của khoá (bỏ dấu cách) vào một tệp, ví dụ <code>khoa.txt</code>, hoặc quét mã QR.
          </li>
          <li>
            Chạy: <code>npm run host -- --data-dir THƯ_MỤC_MỚI --restore ĐƯỜNG_DẪN_BẢN_SAO_LƯU --db-key-file khoa.txt</code>
            <br />
            hoặc đặt biến môi trường <code>MOTCUA_DB_KEY</code> bằng 64 ký tự của khoá thay cho <code>--db-key-file</code>.
          </li>
          <li>Xoá tệp khoa.txt sau khi khôi phục xong.</li>
        </ol>
      </section>
      <div className="mc-recovery-sign">
        <div>
          <div className="mc-bold">Người in phiếu</div>
          <i>(Ký và ghi rõ họ tên)</i>
        </div>
        <div>
          <div className="mc-bold">Lãnh đạo đơn vị</div>
          <i>(Ký, ghi rõ họ tên)</i>
        </div>
      </div>
    </article>
  );
}
