import type { IncomingMessage } from 'node:http';

/**
 * A loopback server (the host, the training portal) serves this machine only: the Host header
 * must name the loopback address and our port (defeats DNS rebinding) and an Origin, when
 * present, must be our own (another web page, or a sandboxed `null` origin, cannot reach it).
 * Clients that send no Origin (scripts, curl, the desk's own fetch) are served.
 */
export function isAllowedRequest(req: IncomingMessage, port: number): { ok: true } | { ok: false; reason: string } {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = req.headers.host;
  if (typeof host !== 'string' || !allowedHosts.includes(host.toLowerCase())) {
    return { ok: false, reason: 'Yêu cầu không đến từ máy này (tên máy không hợp lệ).' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const allowedOrigins = allowedHosts.map((h) => `http://${h}`);
    if (typeof origin !== 'string' || !allowedOrigins.includes(origin.toLowerCase())) {
      return { ok: false, reason: 'Nguồn yêu cầu không được phép truy cập ứng dụng.' };
    }
  }
  return { ok: true };
}
