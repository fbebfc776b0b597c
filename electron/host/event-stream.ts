import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpStatusOf } from '../../shared/api';
import type { DeskCore } from '../core/core-types';
import { sendJson } from './json-response';

const HEARTBEAT_MS = 20_000;

/** Server-sent events: `event: <name>` / `data: <json>` for every core push, after checking the session. */
export async function openEventStream(
  core: DeskCore,
  req: IncomingMessage,
  res: ServerResponse,
  token: string | null,
  streams: Set<ServerResponse>,
): Promise<void> {
  const me = await core.call('auth.me', undefined, token, { transport: 'http' });
  if (!me.ok) {
    sendJson(res, httpStatusOf(me.error.code), me);
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write(': connected\n\n');
  streams.add(res);
  const unsubscribe = core.onEvent((event) => {
    res.write(`event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
    streams.delete(res);
  };
  req.on('close', stop);
  res.on('close', stop);
}
