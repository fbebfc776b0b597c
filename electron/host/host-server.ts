import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpStatusOf } from '../../shared/api';
import type { DeskCore } from '../core/core-types';
import { isAllowedRequest } from '../core/http/loopback-guard';
import { parseRequestTarget } from '../core/http/request-target';
import { serveStatic } from './static-files';
import { openEventStream } from './event-stream';
import { sendJson } from './json-response';
import { bodyLimitOf, UNAUTHENTICATED_BODY_LIMIT } from './body-limits';
import { declaresTooLarge, readJsonBody, TOO_LARGE_MESSAGE } from './request-body';

// Slow clients cannot hold a socket for ever (a 40 MB scan over loopback takes well under a second).
const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 120_000;

export interface RunningHost {
  port: number;
  url: string;
  /** Stops accepting, ends event streams, waits for in-flight requests. */
  close(): Promise<void>;
}

/** The loopback HTTP transport of the one router: POST /api/<method>, GET /api/events, the renderer at /. */
export async function startHostServer(core: DeskCore, options: { port: number; rendererDir: string }): Promise<RunningHost> {
  let port = options.port;
  const streams = new Set<ServerResponse>();

  const server = http.createServer((req, res) => {
    // No request may stop the process: whatever a handler throws ends in a 500 or a closed socket.
    try {
      route(core, req, res, port, options.rendererDir, streams).catch((error: unknown) => failSafely(res, error));
    } catch (error) {
      failSafely(res, error);
    }
  });
  server.on('clientError', (_error, socket) => {
    // Unparsable request lines or headers: a plain 400, then the connection is closed.
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeIdleConnections();
        // A browser's event stream reconnects and keep-alive sockets can carry one more request:
        // after a short grace the remaining sockets are cut, so a stop never hangs.
        setTimeout(() => server.closeAllConnections(), 1_500).unref();
      }),
  };
}

async function route(core: DeskCore, req: IncomingMessage, res: ServerResponse, port: number, rendererDir: string, streams: Set<ServerResponse>): Promise<void> {
  const allowed = isAllowedRequest(req, port);
  if (!allowed.ok) {
    sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: allowed.reason } });
    return;
  }
  const target = parseRequestTarget(req.url);
  if (!target) {
    res.setHeader('connection', 'close');
    sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Đường dẫn yêu cầu không hợp lệ.' } });
    return;
  }
  if (target.pathname === '/api/events' && req.method === 'GET') {
    await openEventStream(core, req, res, target.query.get('token') ?? bearer(req), streams);
    return;
  }
  if (target.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      sendJson(res, 405, { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Chỉ chấp nhận POST cho /api/<chức năng>.' } });
      return;
    }
    await handleApiCall(core, target.pathname.slice('/api/'.length), req, res);
    return;
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    serveStatic(rendererDir, target.pathname, req, res);
    return;
  }
  res.writeHead(405).end();
}

async function handleApiCall(core: DeskCore, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const limit = bodyLimitOf(method);
  // Over the method's limit: refused before a byte of the body is read and before the token is checked.
  if (declaresTooLarge(req, limit)) return refuseTooLarge(req, res);
  // A body larger than any unauthenticated call needs a valid session before it is read.
  if (limit > UNAUTHENTICATED_BODY_LIMIT) {
    const me = await core.call('auth.me', undefined, bearer(req), { transport: 'http' });
    if (!me.ok) {
      discardBody(req);
      sendJson(res, httpStatusOf(me.error.code), me);
      return;
    }
  }
  const body = await readJsonBody(req, limit);
  if (!body.ok) {
    if (body.status === 413) return refuseTooLarge(req, res);
    if (body.status === 0) return void res.destroy();
    sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: body.message } });
    return;
  }
  const response = await core.call(method, body.value, bearer(req), { transport: 'http' });
  if (res.destroyed) return;
  sendJson(res, response.ok ? 200 : httpStatusOf(response.error.code), response);
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  discardBody(req);
  sendJson(res, 413, { ok: false, error: { code: 'INVALID_INPUT', message: TOO_LARGE_MESSAGE } });
}

/**
 * A body refused before it was read is drained and dropped as it arrives, never kept. Closing the
 * connection instead, with the client still sending, makes the kernel answer with a reset that can
 * destroy the client's copy of our 413 before it is read (seen under load); servers such as nginx
 * linger for the same reason. The request timeout still bounds how long a sender is drained.
 */
function discardBody(req: IncomingMessage): void {
  req.removeAllListeners('data');
  req.resume();
}

/** The last line of defence: an unexpected error answers 500 (or closes the socket) and is logged. */
function failSafely(res: ServerResponse, error: unknown): void {
  process.stderr.write(`[host] request failed: ${(error as Error)?.stack ?? String(error)}\n`);
  try {
    if (!res.headersSent && !res.destroyed) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Lỗi không mong đợi khi xử lý yêu cầu.' } });
    else res.destroy();
  } catch {
    res.destroy();
  }
}

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = typeof header !== 'string' ? null : header.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1]! : null;
}
