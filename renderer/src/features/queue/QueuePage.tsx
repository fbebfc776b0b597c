import { PlaceholderPage } from '../../app/PlaceholderPage';

/** Hàng đợi: the dossiers the counter is following. */
export function QueuePage() {
  return (
    <PlaceholderPage
      title="Hàng đợi hồ sơ"
      purpose="Theo dõi các hồ sơ đã tiếp nhận cho đến khi trả kết quả."
      coming={[
        'Danh sách hồ sơ theo trạng thái: đang xử lý, đến hạn, quá hạn, chờ trả kết quả',
        'Chuyển trạng thái hồ sơ, ghi lý do bổ sung hoặc từ chối',
        'Trả kết quả cho công dân và ghi nhận thời điểm trả',
        'Trạng thái đồng bộ của từng hồ sơ với Cổng dịch vụ công',
      ]}
    />
  );
}
