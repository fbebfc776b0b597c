// The desk database at rest: a training host makes its own key (0600) and nothing personal can be
// read from the file or its WAL; a production folder without a key, or with a wrong one, refuses
// to start and changes no byte; a plain database from before is converted at the first start.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/core/db/open-database';
import { parseDatabaseKey } from '../../../electron/core/db/database-key';
import { postApi } from '../../support/http-json';
import { allComponents, buildHostBundle, spawnHost, TEST_ADMIN_PASSWORD } from '../../support/host-process';
import { makeTempDir } from '../../support/temp-dir';

const APPLICANT = { fullName: 'Đinh Thị Xuân Hương', idType: 'cccd', idNumber: '038190012345', address: 'Thôn Đông, Phường Tập Huấn', phone: '0987654321' };

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
beforeAll(() => buildHostBundle(), 60_000);

function folder(): string {
  const data = makeTempDir();
  cleanups.push(data.cleanup);
  return data.dir;
}

/** Every byte of a data folder's database files, to search and to compare. */
function databaseBytes(dataDir: string): Buffer {
  return Buffer.concat(['desk.sqlite3', 'desk.sqlite3-wal'].map((f) => path.join(dataDir, f)).filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
}

function fingerprint(dataDir: string): string {
  const hash = crypto.createHash('sha256');
  for (const name of fs.readdirSync(dataDir).sort()) {
    const file = path.join(dataDir, name);
    if (fs.statSync(file).isFile()) hash.update(name).update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

async function startAndReceive(dataDir: string, env: NodeJS.ProcessEnv, extraArgs: string[] = []): Promise<ReturnType<typeof spawnHost>> {
  const host = spawnHost(['--data-dir', dataDir, '--port', '0', '--admin-password', TEST_ADMIN_PASSWORD, ...extraArgs], env);
  cleanups.push(() => host.kill('SIGKILL'));
  const url = await host.ready;
  const token = (await postApi(url, 'auth.login', { username: 'admin', password: TEST_ADMIN_PASSWORD })).json().value.token as string;
  const created = await postApi(url, 'dossiers.create', { procedureCode: '1.001193', applicant: APPLICANT, components: await allComponents(url, token, '1.001193') }, token);
  expect(created.status).toBe(200);
  return host;
}

describe('the desk database encrypted at rest', () => {
  it('a training host makes desk.key (0600) itself, keeps using it, and the file and WAL hide every personal detail', async () => {
    const dataDir = folder();
    const host = await startAndReceive(dataDir, { MOTCUA_DB_KEY: '' });
    const keyFile = path.join(dataDir, 'desk.key');
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    // Nothing the host made is readable by other local users.
    for (const name of fs.readdirSync(dataDir)) expect(fs.statSync(path.join(dataDir, name)).mode & 0o077, name).toBe(0);
    const key = parseDatabaseKey(fs.readFileSync(keyFile, 'utf8'), 'desk.key');
    // While the host runs, the WAL holds the newest pages: encrypted too.
    const bytes = databaseBytes(dataDir);
    for (const secret of [APPLICANT.idNumber, APPLICANT.phone, 'Hương', 'xuan huong', 'SQLite format 3']) {
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    }
    host.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    // Plain SQLite cannot read it; with the key it is the desk's database.
    expect(() => new Database(path.join(dataDir, 'desk.sqlite3'), { readonly: true }).prepare('SELECT count(*) FROM dossiers').get()).toThrow(/not a database/);
    const { db } = openDatabase(dataDir, undefined, key);
    expect(db.prepare('SELECT count(*) AS n FROM dossiers').get()).toEqual({ n: 1 });
    closeDatabase(db);
    // The next start finds the same key.
    const again = spawnHost(['--data-dir', dataDir, '--port', '0'], { MOTCUA_DB_KEY: '' });
    cleanups.push(() => again.kill('SIGKILL'));
    await again.ready;
    expect(fs.readFileSync(keyFile, 'utf8').trim()).toBe(key.toString('hex'));
  });

  it('a production folder without a key, or with a wrong one, refuses to start in Vietnamese and changes nothing', async () => {
    const dataDir = folder();
    const good = crypto.randomBytes(32).toString('hex');
    fs.writeFileSync(path.join(dataDir, 'desk-mode.json'), JSON.stringify({ mode: 'production', since: new Date().toISOString() }));
    const host = await startAndReceive(dataDir, { MOTCUA_DB_KEY: good });
    host.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    const before = fingerprint(dataDir);

    const none = spawnHost(['--data-dir', dataDir, '--port', '0'], { MOTCUA_DB_KEY: '' });
    expect(await none.exited).toBe(2);
    expect(none.output().stderr).toContain('cần khoá mã hoá cơ sở dữ liệu: đặt biến môi trường MOTCUA_DB_KEY (64 ký tự hex) hoặc chỉ tệp khoá bằng --db-key-file PATH');

    const wrong = spawnHost(['--data-dir', dataDir, '--port', '0'], { MOTCUA_DB_KEY: crypto.randomBytes(32).toString('hex') });
    expect(await wrong.exited).toBe(2);
    expect(wrong.output().stderr).toContain('Khoá mã hoá không mở được cơ sở dữ liệu');

    const malformed = spawnHost(['--data-dir', dataDir, '--port', '0'], { MOTCUA_DB_KEY: 'abc' });
    expect(await malformed.exited).toBe(2);
    expect(malformed.output().stderr).toContain('cần đúng 64 ký tự hex');
    expect(fingerprint(dataDir)).toBe(before);

    // The right key through --db-key-file works.
    const keyFile = path.join(folder(), 'khoa.txt');
    fs.writeFileSync(keyFile, `${good}\n`);
    const right = spawnHost(['--data-dir', dataDir, '--port', '0', '--db-key-file', keyFile], { MOTCUA_DB_KEY: '' });
    cleanups.push(() => right.kill('SIGKILL'));
    await right.ready;
  });

  it('a plain database from an earlier version is encrypted at the first start with a key, every row kept', async () => {
    const dataDir = folder();
    const plainHost = await startAndReceive(dataDir, { MOTCUA_DB_KEY: '' }, []);
    plainHost.kill('SIGTERM');
    await plainHost.exited;
    // Make it the plain database an earlier desk left: decrypt it into place.
    const key = parseDatabaseKey(fs.readFileSync(path.join(dataDir, 'desk.key'), 'utf8'), 'desk.key');
    const { db } = openDatabase(dataDir, undefined, key);
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey = ''`);
    db.close();
    expect(databaseBytes(dataDir).includes(Buffer.from(APPLICANT.idNumber))).toBe(true);
    const plainRows = new Database(path.join(dataDir, 'desk.sqlite3'), { readonly: true });
    const expected = plainRows.prepare('SELECT code, applicant_name FROM dossiers').all();
    plainRows.close();

    const converted = openDatabase(dataDir, undefined, key);
    expect(converted.db.prepare('SELECT code, applicant_name FROM dossiers').all()).toEqual(expected);
    closeDatabase(converted.db);
    expect(databaseBytes(dataDir).includes(Buffer.from(APPLICANT.idNumber))).toBe(false);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
