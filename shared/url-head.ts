/**
 * The scheme and host of an address typed in Cài đặt (the portal's, the update server's). shared/
 * has no URL class (no DOM, no Node), so they are read by pattern; null when it is no full address.
 */
export function urlHead(text: string): { scheme: string; host: string } | null {
  const match = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]+\]|[^/:?#\s]+)(:\d{1,5})?([/?#]\S*)?$/i.exec(text.trim());
  return match ? { scheme: match[1]!.toLowerCase(), host: match[2]!.toLowerCase() } : null;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** https://, or plain http:// to this machine only (a training or test server). */
export function isSecureOrLoopback(head: { scheme: string; host: string }): boolean {
  return head.scheme === 'https' || (head.scheme === 'http' && LOOPBACK_HOSTS.has(head.host));
}
