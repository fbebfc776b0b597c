import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpStatusOf } from '../../shared/api';
import type { DeskCore } from '../core/core-types';
import { sendJson } from './json-response';
import { PASSWORD_CHANGE_REQUIRED_MESSAGE } from '../core/accounts/password-change-gate';

const HEARTBEAT_MS = 20_000;

/** Server-sent events: `event: <name>` / `data: <json>` for every core push, after checking the session. */
export async function openEventStream(
  core: DeskCore,
  req: IncomingMessage,
  res: ServerResponse,
  token: string | null,
  streams: Set<ServerResponse>,
): Promise<void> {
  let me = await core.call('auth.me', undefined, token, { transport: 'http' });
  // A citizen display's token may not call auth.me: it hears only what its display shows.
  const citizenDisplay = !me.ok && me.error.code === 'FORBIDDEN';
  if (citizenDisplay) me = await core.call('display.state', undefined, token, { transport: 'http' });
  // The client left while its session was checked: no stream to keep (its close has already fired).
  if (res.destroyed) return;
  if (!me.ok) {
    sendJson(res, httpStatusOf(me.error.code), me);
    return;
  }
  // An account still on the password an administrator gave it sees nothing but the change screen.
  if ((me.value as { mustChangePassword?: boolean }).mustChangePassword) {
    sendJson(res, httpStatusOf('PASSWORD_CHANGE_REQUIRED'), { ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED', message: PASSWORD_CHANGE_REQUIRED_MESSAGE } });
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
  // A stream ended by a stop or a vanished client is never written again.
  const send = (text: string) => {
    if (!res.writableEnded && !res.destroyed) res.write(text);
  };
  const unsubscribe = core.onEvent((event) => {
    if (citizenDisplay && event.name !== 'display.changed') return;
    send(`event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`);
  });
  const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
    streams.delete(res);
  };
  req.on('close', stop);
  res.on('close', stop);
}
