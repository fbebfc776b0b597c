import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildHostBundle, startDeskProcess } from '../../support/host-process';
import { postApi } from '../../support/http-json';
import { makeTempDir } from '../../support/temp-dir';
import { openDeskDatabase } from '../../support/desk-database';

beforeAll(buildHostBundle, 60_000);

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

// Offline production folder: no training portal seeding dossiers while the digest is compared.
const OFFLINE_PORTAL = ['--portal-url', 'http://127.0.0.1:9', '--portal-user', 'u', '--dstcode', 'X'];
// Its own renderer folder: a rebuild of dist/renderer by someone else never turns into a 503 here.
function rendererArgs(): string[] {
  const renderer = makeTempDir();
  cleanups.push(renderer.cleanup);
  fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>Một Cửa Desk</title>');
  return ['--renderer-dir', renderer.dir];
}
const OFFLINE_ENV = { MOTCUA_PORTAL_PASSWORD: 'p' };

/** A deterministic generator: the same seed gives the same 2 000 requests (the seed is printed on failure). */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  return { next, int, pick, bytes };
}
type Rand = ReturnType<typeof prng>;

interface Exchange {
  kind: string;
  chunks: Buffer[];
  /** Pause between chunks (a slow client). */
  gapMs?: number;
  /** Destroy the socket this long after the last chunk (a client that goes away half-way). */
  cutAfterMs?: number;
}

const METHOD_NAMES = ['system.ping', 'auth.login', 'auth.me', 'users.create', 'dossiers.create', 'attachments.add', 'catalog.load', 'cash.open', 'payments.collect', 'no.such', '__proto__', 'constructor'];

function generate(r: Rand, port: number, token: string): Exchange {
  const host = `127.0.0.1:${port}`;
  const crlf = '\r\n';
  const badPaths = [
    '/%E0%A4%A',
    '/api/%E0%A4%A',
    '/%',
    '/%zz',
    '/%00',
    '/api/system.ping%00',
    '//',
    '///etc/passwd',
    '/../../../etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/',
    '/api/',
    '/api/events?token=%E0%A4%A',
    '/api/events?token=',
    '/\\..\\windows',
    `/${'a'.repeat(4000)}`,
    `/api/${'x.'.repeat(2000)}`,
    '/?%E0%A4%A=%',
    '/assets/%C0%AE%C0%AE/',
  ];
  const targets = [
    ...badPaths,
    'http://[::1',
    'http://evil.example/',
    `http://${host}/api/system.ping`,
    '*',
    '127.0.0.1:80',
    '',
    'api/system.ping',
    `/${r.bytes(12).toString('latin1').replace(/[\r\n ]/g, '_')}`,
  ];
  const methods = ['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'PATCH', 'PROPFIND', 'G@T', 'get', 'POST POST', ''];
  const hostHeaders = [`Host: ${host}`, 'Host: evil.example', `Host: 127.0.0.1:${port + 1}`, 'Host:', `Host: ${host}${crlf}Host: evil.example`, `Host: user@${host}`, `Host: [::1]:${port}`, `Host: ${'h'.repeat(3000)}`, ''];
  const originHeaders = ['', 'Origin: null', 'Origin: http://evil.example', `Origin: http://${host}${crlf}Origin: null`, `Origin: http://${host}`, 'Origin: %E0%A4%A'];
  const bodies = [
    '{nope',
    '\xff\xfe\xfd',
    '['.repeat(200_000),
    '{"__proto__": {"admin": true}}',
    '1e999999',
    '"\\ud800"',
    '{"a":' + '1'.repeat(100_000) + '}',
    r.bytes(200).toString('latin1'),
    '',
  ];
  const pathKind = r.int(10);
  const methodName = r.pick(METHOD_NAMES);
  const shape = r.int(12);
  const extra = r.pick(originHeaders);
  const withToken = r.next() < 0.3 ? `Authorization: Bearer ${token}` : r.pick(['', 'Authorization: Bearer', 'Authorization: Basic x', `Authorization: Bearer ${'t'.repeat(5000)}`]);
  const head = (line: string, headers: string[]) => Buffer.from([line, ...headers.filter(Boolean), '', ''].join(crlf), 'latin1');

  switch (shape) {
    case 0: {
      // Request lines: paths, forms and methods.
      const line = `${r.pick(methods)} ${pathKind < 7 ? r.pick(badPaths) : r.pick(targets)} ${r.pick(['HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', '', 'HTTP/1.1 extra'])}`;
      return { kind: 'request-line', chunks: [head(line, [`Host: ${host}`, extra])] };
    }
    case 1:
      return { kind: 'host', chunks: [head(`GET ${r.pick(['/', '/api/events', '/index.html'])} HTTP/1.1`, [r.pick(hostHeaders), extra])] };
    case 2: {
      // Headers that do not parse.
      const broken = r.pick([
        'X-Bad: a\x00b',
        'X-Fold: a\r\n  folded',
        'No colon here',
        ': empty name',
        `X-Huge: ${'v'.repeat(20_000)}`,
        Array.from({ length: 3000 }, (_, i) => `X-${i}: ${i}`).join(crlf),
        'Content-Length: -1',
        'Content-Length: abc',
        'Content-Length: 1, 2',
        `Content-Length: 5${crlf}Content-Length: 6`,
        'Transfer-Encoding: chunked\r\nContent-Length: 10',
        'Transfer-Encoding: gzip, chunked, identity',
        'Transfer-Encoding: chunked',
        'Expect: 100-continue',
        'Connection: upgrade\r\nUpgrade: websocket',
      ]);
      return { kind: 'headers', chunks: [head(`POST /api/${methodName} HTTP/1.1`, [`Host: ${host}`, withToken, broken]), Buffer.from('{}')], cutAfterMs: 30 };
    }
    case 3: {
      // Bodies that are not JSON (never a valid call, so nothing may change).
      const body = Buffer.from(r.pick(bodies), 'latin1');
      return {
        kind: 'body',
        chunks: [head(`POST /api/${methodName} HTTP/1.1`, [`Host: ${host}`, withToken, 'Content-Type: application/json', `Content-Length: ${body.length}`]), body],
      };
    }
    case 4: {
      // Declared bodies over the method's limit, with or without a session, never sent.
      const size = r.pick([2 * 1024 * 1024, 40 * 1024 * 1024, 200 * 1024 * 1024, Number.MAX_SAFE_INTEGER]);
      return { kind: 'too-large', chunks: [head(`POST /api/${methodName} HTTP/1.1`, [`Host: ${host}`, withToken, `Content-Length: ${size}`]), r.bytes(1000)], cutAfterMs: 200 };
    }
    case 5: {
      // Chunked bodies: bad chunk sizes, or more than the limit streamed.
      const chunked = r.pick(['ZZ\r\nabc\r\n0\r\n\r\n', '5\r\nab\r\n0\r\n\r\n', 'ffffffffffffffff\r\n', '-1\r\n', `100000\r\n${'['.repeat(0x100000)}\r\n100000\r\n${'['.repeat(0x100000)}\r\n0\r\n\r\n`]);
      return { kind: 'chunked', chunks: [head(`POST /api/${r.pick(['system.ping', 'auth.login', 'no.such'])} HTTP/1.1`, [`Host: ${host}`, 'Transfer-Encoding: chunked']), Buffer.from(chunked, 'latin1')], cutAfterMs: 300 };
    }
    case 6: {
      // Cut half-way: in the request line, the headers or the body.
      const full = Buffer.concat([head(`POST /api/${methodName} HTTP/1.1`, [`Host: ${host}`, withToken, 'Content-Length: 64']), Buffer.from('{"username":"admin","password":"x"}')]);
      return { kind: 'cut', chunks: [full.subarray(0, 1 + r.int(full.length - 1))], cutAfterMs: r.int(20) };
    }
    case 7: {
      // A slow client: a few bytes at a time.
      const full = head('GET /api/system.ping HTTP/1.1', [`Host: ${host}`]);
      const chunks: Buffer[] = [];
      for (let i = 0; i < full.length; i += 8) chunks.push(full.subarray(i, i + 8));
      return { kind: 'slow', chunks: chunks.slice(0, 1 + r.int(chunks.length)), gapMs: 5, cutAfterMs: 50 };
    }
    case 8: {
      // The event stream, opened and dropped at once.
      return { kind: 'events', chunks: [head(`GET /api/events?token=${r.pick([token, 'x', '%E0%A4%A', ''])} HTTP/1.1`, [`Host: ${host}`])], cutAfterMs: r.int(30) };
    }
    case 9: {
      // Pipelined requests on one socket, the second one malformed.
      const good = head('POST /api/system.ping HTTP/1.1', [`Host: ${host}`, 'Content-Length: 0']);
      return { kind: 'pipelined', chunks: [Buffer.concat([good, head(`GET ${r.pick(badPaths)} HTTP/1.1`, [r.pick(hostHeaders)]), good])] };
    }
    case 10:
      // Raw garbage, TLS hello included.
      return { kind: 'garbage', chunks: [r.pick([r.bytes(1 + r.int(500)), Buffer.from('16030100a5010000a103', 'hex'), Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n')])], cutAfterMs: 100 };
    default: {
      // Static files with odd methods and conditional headers.
      return { kind: 'static', chunks: [head(`${r.pick(['GET', 'HEAD'])} ${r.pick(badPaths)} HTTP/1.1`, [`Host: ${host}`, 'Range: bytes=999999999-', 'If-None-Match: *', extra])] };
    }
  }
}

/** One raw exchange over a socket; resolves when the server answers and closes, or after a deadline. */
function send(port: number, exchange: Exchange, deadlineMs = 1_500): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve(answer.split('\r\n')[0] ?? '');
    };
    socket.on('data', (c: Buffer) => {
      answer += c.toString('latin1');
      // An answer's head is in: a keep-alive socket need not be waited on.
      if (answer.includes('\r\n\r\n')) setTimeout(finish, 10);
    });
    socket.on('error', finish);
    socket.on('close', finish);
    setTimeout(finish, deadlineMs);
    socket.on('connect', async () => {
      for (const chunk of exchange.chunks) {
        if (socket.destroyed) return;
        socket.write(chunk);
        if (exchange.gapMs) await new Promise((r) => setTimeout(r, exchange.gapMs));
      }
      if (exchange.cutAfterMs !== undefined) setTimeout(finish, exchange.cutAfterMs);
    });
  });
}

/** Everything the desk keeps, except the session rows' activity time and the sync lease's renewal. */
function digest(dataDir: string): string {
  const db = openDeskDatabase(dataDir, { readonly: true, fileMustExist: true });
  try {
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
    const hash = crypto.createHash('sha256');
    for (const table of tables) {
      const rows =
        table === 'sessions'
          ? db.prepare(`SELECT token_hash, user_id, created_at, expires_at, ended_at FROM sessions ORDER BY token_hash`).all()
          : table === 'settings'
            ? db.prepare(`SELECT * FROM settings WHERE key NOT LIKE 'sync%' ORDER BY key`).all()
            : db.prepare(`SELECT * FROM "${table}"`).all();
      hash.update(`${table}:${JSON.stringify(rows)}\n`);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Resident memory in MB from /proc (Linux); null elsewhere. */
function rssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

describe('a host that no request can bring down', () => {
  it('survives 2 000 malformed requests (paths, methods, headers, bodies, slow and cut connections): still answers, database unchanged', async () => {
    const desk = await startDeskProcess(cleanups, { extraArgs: [...OFFLINE_PORTAL, ...rendererArgs()], env: OFFLINE_ENV });
    const port = Number(new URL(desk.url).port);
    const before = digest(desk.dataDir);
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    const r = prng(seed);
    const kinds = new Map<string, number>();
    const statuses = new Map<string, number>();
    const serverErrors: string[] = [];
    const TOTAL = 2_000;
    const PARALLEL = 25;
    for (let sent = 0; sent < TOTAL; sent += PARALLEL) {
      const batch = Array.from({ length: Math.min(PARALLEL, TOTAL - sent) }, () => generate(r, port, desk.token));
      for (const e of batch) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
      const answers = await Promise.all(batch.map((e) => send(port, e)));
      answers.forEach((a, i) => {
        const status = /^HTTP\/1\.1 (\d{3})/.exec(a)?.[1] ?? 'closed';
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status.startsWith('5')) serverErrors.push(`${status} ${batch[i]!.kind}: ${batch[i]!.chunks[0]!.toString('latin1').slice(0, 200)}`);
      });
      if (sent % 500 === 0) expect((await postApi(desk.url, 'system.ping', undefined)).status, `seed ${seed}`).toBe(200);
    }
    const ping = await postApi(desk.url, 'system.ping', undefined);
    expect(ping.status, `seed ${seed}: ${desk.host.output().stderr.slice(-2000)}`).toBe(200);
    expect(ping.json().ok).toBe(true);
    expect((await postApi(desk.url, 'auth.me', undefined, desk.token)).json().ok).toBe(true);
    // No answer was a server error: every malformed request got a 4xx, a plain answer or a closed socket.
    expect(serverErrors, `seed ${seed}`).toEqual([]);
    expect(digest(desk.dataDir), `seed ${seed}`).toBe(before);
    expect(desk.host.output().stderr, `seed ${seed}`).not.toMatch(/request failed|INTERNAL/);
    expect([...kinds.keys()].length).toBe(12);
    console.info(`fuzz seed ${seed}: ${JSON.stringify(Object.fromEntries(kinds))}; answers ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 180_000);

  it('answers each of the known killers with a 4xx and serves the next request', async () => {
    const desk = await startDeskProcess(cleanups, { extraArgs: [...OFFLINE_PORTAL, ...rendererArgs()], env: OFFLINE_ENV });
    const port = Number(new URL(desk.url).port);
    const host = `127.0.0.1:${port}`;
    const cases: Array<[string, RegExp]> = [
      [`GET /%E0%A4%A HTTP/1.1\r\nHost: ${host}\r\n\r\n`, / 400 /],
      [`POST /api/%E0%A4%A HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\n\r\n`, / 400 /],
      [`GET // HTTP/1.1\r\nHost: ${host}\r\n\r\n`, / 200 /],
      [`GET http://[::1 HTTP/1.1\r\nHost: ${host}\r\n\r\n`, / 400 /],
      [`GET http://evil.example/ HTTP/1.1\r\nHost: ${host}\r\n\r\n`, / 400 /],
      [`GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n`, / 403 /],
      [`GET / HTTP/1.1\r\nHost: ${host}\r\nX-Bad: a\x00b\r\n\r\n`, / 400 /],
    ];
    for (const [raw, expected] of cases) {
      expect(await send(port, { kind: 'known', chunks: [Buffer.from(raw, 'latin1')] }), raw).toMatch(expected);
      expect((await postApi(desk.url, 'system.ping', undefined)).status, raw).toBe(200);
    }
  }, 60_000);

  it('refuses bodies over the method limit with 413 before reading them or checking the token, and its memory stays flat', async () => {
    const desk = await startDeskProcess(cleanups, { extraArgs: [...OFFLINE_PORTAL, ...rendererArgs()], env: OFFLINE_ENV });
    const port = Number(new URL(desk.url).port);
    const host = `127.0.0.1:${port}`;
    // Declared too large: 413 at once, no token needed, nothing read.
    const declared = await send(port, { kind: 'declared', chunks: [Buffer.from(`POST /api/system.ping HTTP/1.1\r\nHost: ${host}\r\nContent-Length: ${40 * 1024 * 1024}\r\n\r\n`)] });
    expect(declared).toMatch(/ 413 /);
    // Streamed (chunked) past the limit: 413 as soon as the limit is crossed.
    const bigChunk = Buffer.alloc(2 * 1024 * 1024, 0x5b);
    const chunked = await send(port, {
      kind: 'chunked',
      chunks: [Buffer.from(`POST /api/system.ping HTTP/1.1\r\nHost: ${host}\r\nTransfer-Encoding: chunked\r\n\r\n${bigChunk.length.toString(16)}\r\n`), bigChunk],
    });
    expect(chunked).toMatch(/ 413 /);
    // A method that takes files: a session is needed before its large body is read.
    const noSession = await send(port, { kind: 'large-no-session', chunks: [Buffer.from(`POST /api/attachments.add HTTP/1.1\r\nHost: ${host}\r\nContent-Length: ${30 * 1024 * 1024}\r\n\r\n`)] });
    expect(noSession).toMatch(/ 401 /);
    // Eight 40 MiB bodies sent whole at once (the report's case): all refused, the host still small.
    const rssBefore = rssMb(desk.host.pid);
    const body = Buffer.alloc(40 * 1024 * 1024, 0x61);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        send(port, { kind: 'flood', chunks: [Buffer.from(`POST /api/${i % 2 ? 'system.ping' : 'attachments.add'} HTTP/1.1\r\nHost: ${host}\r\nContent-Length: ${body.length}\r\n\r\n`), body] }, 10_000),
      ),
    );
    for (const a of answers) expect(a).toMatch(/ (401|413) /);
    const rssAfter = rssMb(desk.host.pid);
    if (rssBefore !== null && rssAfter !== null) expect(rssAfter - rssBefore, `${rssBefore} -> ${rssAfter} MB`).toBeLessThan(100);
    expect((await postApi(desk.url, 'system.ping', undefined)).status).toBe(200);
  }, 60_000);
});
