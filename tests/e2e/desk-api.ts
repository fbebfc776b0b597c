// Calls the host's API from an e2e test (setting up data the way another counter or a script would).
import { expect } from '@playwright/test';
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

/**
 * Signs in through the API (the host's admin unless another account is named); the session token.
 * An account an administrator just created first changes its password (to `<password>-rieng` and
 * back), so the token works and the account keeps the password the test gave it.
 */
export async function login(desk: DeskHost, username = desk.admin.username, password = desk.admin.password): Promise<string> {
  const { token, user } = await api<{ token: string; user: { mustChangePassword: boolean } }>(desk, 'auth.login', { username, password });
  if (user.mustChangePassword) {
    await api(desk, 'auth.changePassword', { currentPassword: password, newPassword: `${password}-rieng` }, token);
    await api(desk, 'auth.changePassword', { currentPassword: `${password}-rieng`, newPassword: password }, token);
  }
  return token;
}

export interface NewDossier {
  procedureCode: string;
  applicant: Record<string, unknown>;
  sets?: number;
  feeQuantities?: Record<string, number>;
}

/** Receives a complete dossier through the API: every component of its procedure, one original each. */
export async function receiveDossier(
  desk: DeskHost,
  token: string,
  input: NewDossier,
): Promise<{ dossier: { id: string; code: string }; components: Array<{ code: string; name: string }> }> {
  const procedure = await api<{ components: Array<{ code: string; name: string }> }>(desk, 'catalog.get', { code: input.procedureCode }, token);
  const components = procedure.components.map((component) => ({ code: component.code, originals: 1, copies: 0 }));
  const dossier = await api<{ id: string; code: string }>(desk, 'dossiers.create', { ...input, components }, token);
  return { dossier, components: procedure.components };
}

/** The URL of the training portal a training-mode host started inside itself (from its log). */
export function trainingPortalUrl(desk: DeskHost): string {
  const match = /training portal listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(desk.log());
  if (!match) throw new Error(`the host did not log its training portal\n${desk.log()}`);
  return match[1]!;
}

/** POST /__control on the host's own training portal (faults, back office, clock). */
export async function controlPortal(desk: DeskHost, body: unknown): Promise<void> {
  const response = await fetch(`${trainingPortalUrl(desk)}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
}

/** A certified copy (2.000815) of `pages` pages in `copies` copies, received: 5 pages × 2 copies = 14.000 đ. */
export async function receiveCertifiedCopy(desk: DeskHost, token: string, fullName: string, pages = 5, copies = 2): Promise<{ id: string; code: string }> {
  const { dossier } = await receiveDossier(desk, token, {
    procedureCode: '2.000815',
    applicant: { fullName, address: 'Số 12 đường Lê Lợi, Phường Tập Huấn', phone: '0912345678', idType: 'cccd', idNumber: '001203004567' },
    sets: 1,
    feeQuantities: { pages, copies },
  });
  return dossier;
}
