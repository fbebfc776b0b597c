import { PlaceholderPage } from '../../app/PlaceholderPage';

/** Thu phí: fees and charges collected at the counter. */
export function CashPage() {
  return (
    <PlaceholderPage
      title="Thu phí, lệ phí"
      purpose="Thu phí, lệ phí theo từng hồ sơ và quản lý quỹ tiền mặt của quầy."
      coming={[
        'Tính phí, lệ phí theo thủ tục và đối tượng miễn giảm',
        'Thu tiền mặt hoặc chuyển khoản (mã QR), in biên lai',
        'Mở và chốt ca thu tiền, đối chiếu số tiền thực có',
        'Báo cáo thu theo ngày',
      ]}
    />
  );
}
