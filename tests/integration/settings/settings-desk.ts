import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore } from '../../../electron/core/create-core';
import { ManualClock } from '../../../electron/core/clock';
import type { CoreOptions, DeskCore } from '../../../electron/core/core-types';
import type { SecretCipher } from '../../../electron/core/settings/file-secret-store';
import type { ApiResponse, InputOf, MethodName, ResultOf } from '../../../shared/api';
import { makeTempDir } from '../../support/temp-dir';
import { openDeskDatabase } from '../../support/desk-database';

export const ADMIN_PASSWORD = 'quan-tri-123';

/**
 * A stand-in for safeStorage: a real (if toy) cipher, so the bytes on disk are not the password;
 * `available` switches it off as a machine without a keyring would.
 */
export function fakeCipher(): SecretCipher & { available: boolean } {
  const key = 0x5a;
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ key));
  return {
    available: true,
    label: 'mã hóa thử (kiểm thử)',
    unavailableReason() {
      return this.available ? null : 'kho khóa không dùng được (kiểm thử).';
    },
    encrypt: (text) => Buffer.concat([Buffer.from('FAKE1'), flip(Buffer.from(text, 'utf8'))]),
    decrypt: (bytes) => {
      if (bytes.subarray(0, 5).toString() !== 'FAKE1') throw new Error('not our bytes');
      return flip(bytes.subarray(5)).toString('utf8');
    },
  };
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

export function tempDir(prefix = 'motcua-settings-'): string {
  const { dir, cleanup } = makeTempDir(prefix);
  cleanups.push(cleanup);
  return dir;
}

export interface SettingsDesk {
  core: DeskCore;
  dataDir: string;
  raw(method: string, input: unknown): Promise<ApiResponse<unknown>>;
  ok<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  token: string;
  /** Every byte SQLite keeps for this folder (database, WAL, journal). */
  databaseBytes(): Buffer;
  auditRows(): Promise<string>;
  close(): Promise<void>;
}

/** A real core over a real SQLite file, signed in as the admin. */
export async function openDesk(options: Partial<CoreOptions> & { dataDir: string }): Promise<SettingsDesk> {
  const clock = new ManualClock('2026-11-25T02:00:00.000Z');
  const core = await createCore({ clock, adminPassword: ADMIN_PASSWORD, syncIntervalMs: 3_600_000, ...options });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await core.close();
  };
  cleanups.push(close);
  const login = await core.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, null, { transport: 'http' });
  if (!login.ok) throw new Error(JSON.stringify(login.error));
  const token = (login.value as { token: string }).token;
  const raw = (method: string, input: unknown) => core.call(method, input, token, { transport: 'http' });
  const ok = async <M extends MethodName>(method: M, input: InputOf<M>) => {
    const response = await raw(method, input);
    if (!response.ok) throw new Error(`${method} failed: ${JSON.stringify(response.error)}`);
    return response.value as ResultOf<M>;
  };
  const databaseBytes = () =>
    Buffer.concat(
      fs
        .readdirSync(options.dataDir)
        .filter((name) => name.startsWith('desk.sqlite3'))
        .map((name) => fs.readFileSync(path.join(options.dataDir, name))),
    );
  // The audit as the database holds it, read with SQLite's own engine through a second connection.
  const auditRows = async () => {
    const db = openDeskDatabase(options.dataDir, { readonly: true });
    try {
      return JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    } finally {
      db.close();
    }
  };
  return { core, dataDir: options.dataDir, raw, ok, token, databaseBytes, auditRows, close };
}

/** A TCP port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
