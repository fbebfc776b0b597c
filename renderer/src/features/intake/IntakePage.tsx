import { PlaceholderPage } from '../../app/PlaceholderPage';

/** Tiếp nhận: receiving a dossier at the counter. */
export function IntakePage() {
  return (
    <PlaceholderPage
      title="Tiếp nhận hồ sơ"
      purpose="Tiếp nhận hồ sơ thủ tục hành chính của công dân, tổ chức tại quầy."
      coming={[
        'Chọn thủ tục hành chính, nhập thông tin người nộp (đọc CCCD gắn chip)',
        'Kiểm tra thành phần hồ sơ bắt buộc, quét và đính kèm giấy tờ',
        'Cấp mã hồ sơ, tính ngày hẹn trả kết quả theo ngày làm việc',
        'In giấy tiếp nhận và hẹn trả kết quả có mã QR tra cứu',
      ]}
    />
  );
}
