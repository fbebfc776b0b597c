import { PlaceholderPage } from '../../app/PlaceholderPage';

/** Giám sát: the supervisor's overview. */
export function SupervisorPage() {
  return (
    <PlaceholderPage
      title="Giám sát"
      purpose="Dành cho lãnh đạo theo dõi tình hình tiếp nhận và giải quyết hồ sơ."
      coming={[
        'Số hồ sơ tiếp nhận, đúng hạn, quá hạn theo ngày và theo cán bộ',
        'Hồ sơ bị Cổng dịch vụ công từ chối hoặc xung đột khi đồng bộ',
        'Đối chiếu số tiền thu theo ca',
        'Nhật ký thao tác của cán bộ',
      ]}
    />
  );
}
