import type { ApiResponse, DeskEvent } from '../../../shared/api';
import { DESK_EVENT_NAMES, type Transport } from './transport';

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
      const source = new EventSource(`${baseUrl}/events?token=${encodeURIComponent(token)}`);
      source.onopen = () => subscription.onStreamState?.('connected');
      // EventSource reconnects by itself; we only report the gap.
      source.onerror = () => subscription.onStreamState?.('disconnected');
      for (const name of DESK_EVENT_NAMES) {
        source.addEventListener(name, (message) => {
          try {
            const data: unknown = JSON.parse((message as MessageEvent<string>).data);
            subscription.onEvent({ name, data } as DeskEvent);
          } catch {
            // A malformed push is dropped; the next one carries the current state.
          }
        });
      }
      return () => source.close();
    },
  };
}
