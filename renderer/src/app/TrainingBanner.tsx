/** Shown on every screen while the desk runs in training mode, so nobody mistakes it for real work. */
export function TrainingBanner() {
  return (
    <div className="desk-training-banner" role="note" data-testid="training-banner">
      <strong>Chế độ tập huấn</strong>
      <span>Dữ liệu chỉ dùng để luyện tập, không gửi lên Cổng dịch vụ công thật.</span>
    </div>
  );
}
