import { Alert } from 'antd';
import type { ConnectionTestResult as Result } from '../../../../shared/api';

const SKEW_LIMIT_SECONDS = 120;

function skewText(seconds: number): string {
  // The Date header counts whole seconds: ±1 s is rounding, not a wrong clock.
  if (Math.abs(seconds) <= 1) return 'Giờ của máy khớp với giờ của cổng.';
  const ahead = seconds > 0 ? 'chậm hơn' : 'nhanh hơn';
  return `Đồng hồ máy này ${ahead} cổng ${Math.abs(seconds)} giây.`;
}

/** "Kiểm tra kết nối": OK or the Vietnamese error, and how far this computer's clock is off. */
export function ConnectionTestResult({ result }: { result: Result }) {
  const skew = result.clockSkewSeconds;
  const skewWarning = skew !== null && Math.abs(skew) > SKEW_LIMIT_SECONDS;
  return (
    <div className="desk-connection-result" data-testid="connection-test-result">
      <Alert type={result.ok ? 'success' : 'error'} showIcon title={result.message} />
      {skew !== null ? (
        <Alert
          type={skewWarning ? 'warning' : 'info'}
          showIcon
          title={`Lệch giờ: ${skew} giây. ${skewText(skew)}`}
          description={skewWarning ? 'Lệch quá 2 phút: giờ trên giấy tiếp nhận sẽ sai. Hãy chỉnh đồng hồ của máy tính.' : undefined}
          data-testid="connection-clock-skew"
        />
      ) : null}
    </div>
  );
}
