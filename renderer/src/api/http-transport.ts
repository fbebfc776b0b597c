import type { ApiResponse, DeskEvent } from '../../../shared/api';
import { DESK_EVENT_NAMES, type Transport } from './transport';

const STREAM_RETRY_MS = 10_000;

function isApiResponse(body: unknown): body is ApiResponse<unknown> {
  return typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';
}

/**
 * In a browser against the loopback host: `POST /api/<method>` with a JSON body and a bearer token;
 * events as server-sent events from `GET /api/events?token=...` (EventSource cannot send headers).
 */
export function createHttpTransport(baseUrl = '/api'): Transport {
  return {
    kind: 'http',
    async invoke(method, input, token) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      // fetch rejects only when the host cannot be reached; the caller turns that into NETWORK.
      const response = await fetch(`${baseUrl}/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
      });
      const body: unknown = await response.json().catch(() => null);
      if (isApiResponse(body)) return body;
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `Máy chủ của ứng dụng trả lời không hợp lệ (HTTP ${response.status}).` },
      };
    },
    subscribe(token, subscription) {
      if (!token || typeof EventSource === 'undefined') return () => {};
      let source: EventSource | null = null;
      let retry: ReturnType<typeof setTimeout> | undefined;
      let stopped = false;

      const open = () => {
        const current = new EventSource(`${baseUrl}/events?token=${encodeURIComponent(token)}`);
        source = current;
        current.onopen = () => subscription.onStreamState?.('connected');
        current.onerror = () => {
          subscription.onStreamState?.('disconnected');
          // A network drop reconnects by itself; a refused stream (CLOSED) is retried by us.
          if (current.readyState === EventSource.CLOSED && !stopped) {
            retry = setTimeout(open, STREAM_RETRY_MS);
          }
        };
        for (const name of DESK_EVENT_NAMES) {
          current.addEventListener(name, (message) => {
            try {
              const data: unknown = JSON.parse((message as MessageEvent<string>).data);
              subscription.onEvent({ name, data } as DeskEvent);
            } catch {
              // A malformed push is dropped; the next one carries the current state.
            }
          });
        }
      };
      open();
      return () => {
        stopped = true;
        clearTimeout(retry);
        source?.close();
      };
    },
  };
}
