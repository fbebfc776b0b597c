/**
 * The portal's address: https://, the password and every citizen's data cross the network in it;
 * plain http:// only to this machine (the training portal, a local test portal).
 */
import { isSecureOrLoopback, urlHead } from './url-head';

export function portalUrlProblem(text: string): string | null {
  const head = urlHead(text);
  if (!head) return 'Địa chỉ cổng không hợp lệ: phải là địa chỉ đầy đủ, ví dụ https://dichvucong.example.gov.vn/api.';
  if (isSecureOrLoopback(head)) return null;
  if (head.scheme === 'http') return 'Địa chỉ cổng phải dùng https:// (http:// chỉ dùng cho cổng tập huấn trên chính máy này, 127.0.0.1).';
  return 'Địa chỉ cổng phải bắt đầu bằng https://.';
}
