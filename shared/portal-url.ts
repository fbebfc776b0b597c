/**
 * The portal's address: https://, the password and every citizen's data cross the network in it;
 * plain http:// only to this machine (the training portal, a local test portal).
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function portalUrlProblem(text: string): string | null {
  // shared/ has no URL class (no DOM, no Node): scheme and host by pattern.
  const match = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]+\]|[^/:?#\s]+)(:\d{1,5})?([/?#]\S*)?$/i.exec(text.trim());
  if (!match) return 'Địa chỉ cổng không hợp lệ: phải là địa chỉ đầy đủ, ví dụ https://dichvucong.example.gov.vn/api.';
  const scheme = match[1]!.toLowerCase();
  const host = match[2]!.toLowerCase();
  if (scheme === 'https') return null;
  if (scheme === 'http' && LOOPBACK_HOSTS.has(host)) return null;
  if (scheme === 'http') return 'Địa chỉ cổng phải dùng https:// (http:// chỉ dùng cho cổng tập huấn trên chính máy này, 127.0.0.1).';
  return 'Địa chỉ cổng phải bắt đầu bằng https://.';
}
