import type { ServerResponse } from 'node:http';
import type { ApiResponse } from '../../shared/api';

export function sendJson(res: ServerResponse, status: number, payload: ApiResponse<unknown>): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}
