import { Alert, Button, Popover } from 'antd';
import type { CccdQrData } from '../../../../shared/cccd';

export type ScanOutcome = { kind: 'read'; data: CccdQrData } | { kind: 'unreadable'; message: string } | { kind: 'dossier'; code: string };

function isoToDmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** What the last scan of an ID card put into the form, so the officer can check it. */
export function ScanNotice({ outcome, onClose }: { outcome: ScanOutcome; onClose: () => void }) {
  if (outcome.kind === 'dossier') {
    return (
      <Alert
        type="info"
        showIcon
        closable={{ onClose, 'aria-label': 'Đóng thông báo' }}
        title={`Mã vừa quét là mã hồ sơ ${outcome.code}, không phải thẻ căn cước.`}
        description={<a href={`#/queue?code=${encodeURIComponent(outcome.code)}`}>Mở hồ sơ này trong Hàng đợi</a>}
        data-testid="intake-scan-notice"
      />
    );
  }
  if (outcome.kind === 'unreadable') {
    return <Alert type="warning" showIcon closable={{ onClose, 'aria-label': 'Đóng thông báo' }} title="Không đọc được mã QR vừa quét" description={outcome.message} data-testid="intake-scan-notice" />;
  }
  const d = outcome.data;
  return (
    <Alert
      type={d.warnings.length ? 'warning' : 'success'}
      showIcon
      closable={{ onClose, 'aria-label': 'Đóng thông báo' }}
      data-testid="intake-scan-notice"
      className="intake-scan-notice"
      title={`Đã đọc CCCD: ${d.fullName} · số ${d.idNumber} · sinh ${isoToDmy(d.birthDate)} · ${d.sex}`}
      description={
        <>
          <div>Địa chỉ: {d.address || '(không có)'}{d.issueDate ? ` · Ngày cấp: ${isoToDmy(d.issueDate)}` : ''}{d.oldIdNumber ? ` · CMND cũ: ${d.oldIdNumber}` : ''}</div>
          {d.warnings.length ? (
            <ul className="intake-scan-warnings">
              {d.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
          <div className="intake-scan-check">Kiểm tra lại với thẻ và sửa trực tiếp trên biểu mẫu nếu cần.</div>
        </>
      }
    />
  );
}

/** "?" next to the applicant heading: how to read an ID card with the scanner. */
export function ScannerHelp() {
  return (
    <Popover
      trigger="click"
      placement="bottomLeft"
      title="Đọc mã QR trên thẻ căn cước"
      content={
        <div className="intake-scanner-help">
          <p>Đưa mã QR trên thẻ vào máy quét khi đang ở màn hình Tiếp nhận, con trỏ ở ô nào cũng được. Họ tên, số định danh, ngày sinh, giới tính và địa chỉ được điền tự động; ô đang nhập giữ nguyên nội dung cũ.</p>
          <p>
            <strong>Bộ gõ tiếng Việt (Unikey, EVKey...) có thể làm sai dữ liệu máy quét gửi vào:</strong> chuyển Unikey sang chế độ tiếng Anh (E) trong khi quét, rồi chuyển lại (V) để gõ tiếng Việt.
          </p>
          <p>Luôn kiểm tra lại thông tin đã đọc với thẻ trước khi tiếp nhận.</p>
        </div>
      }
    >
      <Button size="small" shape="circle" aria-label="Hướng dẫn đọc CCCD bằng máy quét">
        ?
      </Button>
    </Popover>
  );
}
