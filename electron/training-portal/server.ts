/**
 * The training portal: a real HTTP server on 127.0.0.1 that speaks portal protocol v1
 * (portal-protocol.md) with its own SQLite, for training mode and tests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import type { Procedure } from '../../shared/catalog';
import { loadCatalogDir } from '../core/catalog';
import { systemClock, type Clock } from '../core/clock';
import { BackOffice } from './back-office';
import { nationalRecordOf, TrainingCatalogue } from './catalogue-service';
import { changesSince } from './change-feed-service';
import { applyControl, controlState, isLoopbackAddress } from './control-endpoint';
import { isAllowedRequest } from '../core/http/loopback-guard';
import { syncDossiers } from './dossier-sync-service';
import { FaultInjector, rejectionFor, sortFaults, type FaultTarget, type FiredFaults } from './fault-injector';
import { decodeFileName, MAX_FILE_BYTES, SHA256_HEX, storeFile } from './file-store';
import { parseMaHoSo } from './hoso-schema';
import { dropConnection, readBody, sendJson, sleep } from './http-io';
import { lookupDossier } from './lookup-service';
import { OnlineSeeder } from './online-seeder';
import type { PortalContext } from './portal-context';
import type { PortalRuntime } from './portal-runtime';
import { PortalStore } from './portal-store';
import { recordProgress } from './progress-service';
import { dossierCodesOf, parseServiceRequest, type ServiceRequest } from './service-request';
import { DEFAULT_SESSION_TTL_SECONDS, DEFAULT_USERS, SessionAuth, type PortalUser } from './session-auth';

const MAX_JSON_BYTES = 8 * 1024 * 1024;

export interface TrainingPortalOptions {
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  users?: PortalUser[];
  clock?: Clock;
  log?: (line: string) => void;
  /** Back office: move status 4 to 9 after this long; null (the default) keeps it off. */
  backOfficeDelayMs?: number | null;
  /** File one online dossier per known agency this often; null (the default) keeps it off. */
  seedOnlineEveryMs?: number | null;
  /** Agencies that get online filings before any desk has called. */
  agencies?: string[];
  sessionTtlSeconds?: number;
  /** For probabilistic faults and seeded data; Math.random by default. */
  random?: () => number;
  /** The procedure catalogue online filings are made from; by default resources/catalog of the working folder, as the desk's. */
  procedures?: readonly Procedure[];
  /** National procedure records served as they are by LayThuTuc, beside those made from `procedures` (same code: this one). */
  nationalRecords?: ReadonlyArray<Record<string, unknown> & { code: string }>;
}

export interface TrainingPortal {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startTrainingPortal(options: TrainingPortalOptions): Promise<TrainingPortal> {
  const baseClock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const procedures = options.procedures ?? loadCatalogDir(path.resolve('resources', 'catalog'));
  const store = new PortalStore(options.dataDir);
  let url = '';
  const offset = { ms: 0 };
  const ctx: PortalContext = {
    store,
    clock: { now: () => new Date(baseClock.now().getTime() + offset.ms) },
    baseUrl: () => url,
    log: options.log ?? (() => {}),
  };
  const initial = {
    backOfficeDelayMs: options.backOfficeDelayMs ?? null,
    seedOnlineEveryMs: options.seedOnlineEveryMs ?? null,
    sessionTtlSeconds: options.sessionTtlSeconds ?? DEFAULT_SESSION_TTL_SECONDS,
  };
  const runtime: PortalRuntime = {
    ctx,
    auth: new SessionAuth(store, ctx.clock, options.users?.length ? options.users : DEFAULT_USERS, initial.sessionTtlSeconds),
    faults: new FaultInjector(random),
    backOffice: new BackOffice(ctx, initial.backOfficeDelayMs),
    seeder: new OnlineSeeder(ctx, initial.seedOnlineEveryMs, options.agencies ?? [], random, procedures),
    catalogue: new TrainingCatalogue(ctx.clock, () => {
      const byCode = new Map(procedures.map((p) => [p.code, nationalRecordOf(p)]));
      for (const record of options.nationalRecords ?? []) byCode.set(record.code, structuredClone(record));
      return [...byCode.values()];
    }),
    requests: new Map(),
    initial,
    get clockOffsetMs() {
      return offset.ms;
    },
    set clockOffsetMs(ms: number) {
      offset.ms = ms;
    },
  };

  const server = http.createServer((req, res) => {
    handle(runtime, req, res).catch((error: unknown) => {
      ctx.log(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) sendJson(res, ctx.clock, 500, { error_code: '500', message: 'lỗi máy chủ cổng tập huấn' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    runtime.backOffice.stop();
    runtime.seeder.stop();
    store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}`;
  ctx.log(`training portal listening on ${url}, data in ${options.dataDir}`);

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        runtime.backOffice.stop();
        runtime.seeder.stop();
        server.close(() => {
          store.close();
          resolve();
        });
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

function count(rt: PortalRuntime, key: string): void {
  rt.requests.set(key, (rt.requests.get(key) ?? 0) + 1);
}

function header(req: http.IncomingMessage, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

async function handle(rt: PortalRuntime, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const clock = rt.ctx.clock;
  // The same Host/Origin checks as the desk's host: no other web page, no rebound name.
  const allowed = isAllowedRequest(req, req.socket.localPort ?? 0);
  if (!allowed.ok) {
    sendJson(res, clock, 403, { error_code: '403', message: allowed.reason });
    return;
  }
  const path = (req.url ?? '/').split('?')[0] ?? '/';

  if (path === '/__control' || path.startsWith('/__control/')) {
    if (!isLoopbackAddress(req.socket.remoteAddress)) {
      sendJson(res, clock, 403, { ok: false, message: 'chỉ nhận điều khiển từ loopback' });
      return;
    }
    if (req.method === 'GET' && path === '/__control/state') {
      sendJson(res, clock, 200, controlState(rt));
      return;
    }
    if (req.method === 'POST' && path === '/__control') {
      const body = await readBody(req, MAX_JSON_BYTES);
      let json: unknown = null;
      try {
        json = JSON.parse(body?.toString('utf8') ?? '');
      } catch {
        sendJson(res, clock, 400, { ok: false, message: 'JSON không hợp lệ' });
        return;
      }
      const answer = applyControl(rt, json);
      sendJson(res, clock, answer.ok ? 200 : 400, answer);
      return;
    }
    sendJson(res, clock, 404, { ok: false, message: 'không có' });
    return;
  }

  const fileMatch = /^\/files\/([^/]+)$/.exec(path);
  if (req.method === 'GET' && fileMatch) {
    serveFile(rt, fileMatch[1]!, res);
    return;
  }
  const known = (req.method === 'POST' && (path === '/auth' || path === '/service')) || (req.method === 'PUT' && fileMatch);
  if (!known) {
    sendJson(res, clock, 404, { error_code: '2', message: `không có ${req.method} ${path}` });
    return;
  }
  if (!header(req, 'dstcode')) {
    count(rt, 'invalid');
    sendJson(res, clock, 200, { error_code: '2', message: 'thiếu header dstcode' });
    return;
  }
  if (path === '/auth') await handleAuth(rt, req, res);
  else if (path === '/service') await handleService(rt, req, res);
  else await handleUpload(rt, req, res, fileMatch![1]!);
}

/**
 * Applies the faults that act before the request is handled: delay, expired session, 5xx and a
 * drop before commit. False when the exchange has ended here.
 */
async function preCommitFaults(rt: PortalRuntime, req: http.IncomingMessage, res: http.ServerResponse, fired: FiredFaults, session: string): Promise<boolean> {
  if (fired.delayMs > 0) await sleep(fired.delayMs);
  if (fired.dropBeforeCommit) {
    dropConnection(req);
    return false;
  }
  if (fired.status5xx !== null) {
    sendJson(res, rt.ctx.clock, fired.status5xx, { error_code: String(fired.status5xx), message: 'cổng tạm thời không phục vụ (lỗi giả lập)' });
    return false;
  }
  if (fired.expireSession && session) {
    rt.auth.expire(session);
  }
  return true;
}

function fireFaults(rt: PortalRuntime, target: FaultTarget, maHoSos: readonly string[]): FiredFaults {
  return sortFaults(rt.faults.fire({ target, maHoSos }));
}

async function handleAuth(rt: PortalRuntime, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  count(rt, 'auth');
  const body = await readBody(req, MAX_JSON_BYTES);
  const fired = fireFaults(rt, 'auth', []);
  if (!(await preCommitFaults(rt, req, res, fired, ''))) return;
  type Credentials = { username?: unknown; password?: unknown } | null;
  let json: Credentials = null;
  try {
    json = JSON.parse(body?.toString('utf8') ?? '') as Credentials;
  } catch {
    json = null;
  }
  const token = json && typeof json === 'object' ? rt.auth.login(json.username, json.password) : null;
  const answer = token
    ? { error_code: '0', session: token, expires_in: String(rt.auth.ttlSeconds) }
    : { error_code: '1', message: 'sai tên đăng nhập hoặc mật khẩu' };
  if (fired.dropAfterCommit) {
    dropConnection(req);
    return;
  }
  sendJson(res, rt.ctx.clock, 200, answer);
}

async function handleService(rt: PortalRuntime, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const clock = rt.ctx.clock;
  const body = await readBody(req, MAX_JSON_BYTES);
  if (!body) {
    count(rt, 'invalid');
    sendJson(res, clock, 200, { error_code: '2', message: 'yêu cầu quá lớn' });
    return;
  }
  const parsed = parseServiceRequest(body.toString('utf8'));
  if (!parsed.ok) {
    count(rt, 'invalid');
    sendJson(res, clock, 200, { error_code: '2', message: parsed.message, result: [] });
    return;
  }
  const request = parsed.request;
  count(rt, request.service);
  rt.seeder.noteAgency(request.madonvi);
  const fired = fireFaults(rt, request.service, dossierCodesOf(request));
  if (!(await preCommitFaults(rt, req, res, fired, request.session))) return;
  if (!rt.auth.isValid(request.session)) {
    sendJson(res, clock, 200, { error_code: '-1', message: 'phiên đăng nhập đã hết hạn', result: [] });
    return;
  }
  // An injected malformed answer: the envelope says ok, the items are of the wrong shape.
  const answer = fired.malformed ? { error_code: '0', message: 'ok', result: [{ MaTTHC: 12345, code: 12345 }] } : runService(rt, request, fired);
  if (fired.dropAfterCommit) {
    dropConnection(req);
    return;
  }
  sendJson(res, clock, 200, answer);
}

function runService(rt: PortalRuntime, request: ServiceRequest, fired: FiredFaults): Record<string, unknown> {
  const rejectItem = (maHoSo: string) => rejectionFor(fired, maHoSo);
  switch (request.service) {
    case 'DongBoHoSoMC':
      return { error_code: '0', message: 'ok', result: syncDossiers(rt.ctx, request.madonvi, request.isUpdating, request.data, rejectItem) };
    case 'CapNhatTienDoHoSoMC':
      return { error_code: '0', message: 'ok', result: recordProgress(rt.ctx, request.madonvi, request.data, rejectItem) };
    case 'TraCuuHoSo': {
      if (parseMaHoSo(request.MaHoSo)?.agency !== request.madonvi) {
        return { error_code: '2', message: `MaHoSo phải có dạng ${request.madonvi}-{yyMMdd}-{NNNN}`, result: [] };
      }
      return lookupDossier(rt.ctx, request.MaHoSo);
    }
    case 'LayDanhSachThayDoi':
      return { error_code: '0', message: 'ok', ...changesSince(rt.ctx, request.madonvi, request.since) };
    case 'LayDanhSachTTHC':
      return { error_code: '0', message: 'ok', ...rt.catalogue.list(request.since, request.cursor) };
    case 'LayThuTuc': {
      const record = rt.catalogue.record(request.MaTTHC);
      return record ? { error_code: '0', message: 'ok', result: [record] } : { error_code: '4', message: `không có thủ tục ${request.MaTTHC}`, result: [] };
    }
  }
}

async function handleUpload(rt: PortalRuntime, req: http.IncomingMessage, res: http.ServerResponse, sha256: string): Promise<void> {
  const clock = rt.ctx.clock;
  count(rt, 'files');
  const body = await readBody(req, MAX_FILE_BYTES);
  if (!body) {
    res.setHeader('Connection', 'close');
    sendJson(res, clock, 413, { error_code: '2', message: `tệp vượt quá ${MAX_FILE_BYTES / 1024 / 1024} MB` });
    return;
  }
  const session = header(req, 'session');
  // A fault's maHoSo may name the file's SHA-256 to hit only that upload.
  const fired = fireFaults(rt, 'files', [sha256]);
  if (!(await preCommitFaults(rt, req, res, fired, session))) return;
  if (!rt.auth.isValid(session)) {
    sendJson(res, clock, 200, { error_code: '-1', message: 'phiên đăng nhập đã hết hạn' });
    return;
  }
  // An injected refusal of the file itself (as a portal that checks type or content would answer).
  const refusal = rejectionFor(fired, sha256);
  if (refusal !== null) {
    sendJson(res, clock, 422, { error_code: '2', message: refusal });
    return;
  }
  const contentType = header(req, 'content-type') || 'application/octet-stream';
  const answer = storeFile(rt.ctx, sha256, body, decodeFileName(req.headers['x-file-name']), contentType);
  if (fired.dropAfterCommit) {
    dropConnection(req);
    return;
  }
  sendJson(res, clock, 200, answer);
}

function serveFile(rt: PortalRuntime, sha256: string, res: http.ServerResponse): void {
  const held = SHA256_HEX.test(sha256) ? rt.ctx.store.findFile(sha256) : null;
  if (!held) {
    sendJson(res, rt.ctx.clock, 404, { error_code: '4', message: 'không có tệp' });
    return;
  }
  const bytes = fs.readFileSync(rt.ctx.store.filePath(sha256));
  res.writeHead(200, { 'Content-Type': held.contentType, 'Content-Length': bytes.length, Date: rt.ctx.clock.now().toUTCString() });
  res.end(bytes);
}
