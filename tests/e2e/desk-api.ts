// Calls the host's API from an e2e test (setting up data the way another counter or a script would).
import type { DeskHost } from './fixtures';

export async function api<T>(desk: DeskHost, method: string, input: unknown, token?: string): Promise<T> {
  const response = await fetch(`${desk.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}
