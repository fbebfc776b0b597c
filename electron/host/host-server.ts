import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpStatusOf } from '../../shared/api';
import type { DeskCore } from '../core/core-types';
import { isAllowedRequest } from './request-guard';
import { serveStatic } from './static-files';
import { openEventStream } from './event-stream';
import { sendJson } from './json-response';

// Large enough for a scanned component sent as base64 (attachments).
const MAX_BODY_BYTES = 40 * 1024 * 1024;

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
    const allowed = isAllowedRequest(req, port);
    if (!allowed.ok) {
      sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: allowed.reason } });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api/events' && req.method === 'GET') {
      void openEventStream(core, req, res, url.searchParams.get('token') ?? bearer(req), streams);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        sendJson(res, 405, { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Chỉ chấp nhận POST cho /api/<chức năng>.' } });
        return;
      }
      void handleApiCall(core, url.pathname.slice('/api/'.length), req, res);
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      serveStatic(options.rendererDir, req, res);
      return;
    }
    res.writeHead(405).end();
  });
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

async function handleApiCall(core: DeskCore, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body: unknown;
  try {
    body = await readJsonBody(req);
  } catch (error) {
    const message = (error as Error).message;
    sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message } });
    return;
  }
  const response = await core.call(decodeURIComponent(method), body, bearer(req), { transport: 'http' });
  sendJson(res, response.ok ? 200 : httpStatusOf(response.error.code), response);
}

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1]! : null;
}

function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Dữ liệu gửi lên quá lớn.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (text === '') return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new Error('Nội dung yêu cầu không phải JSON hợp lệ.'));
      }
    });
  });
}
