import type { PortalSettings } from '../core-types';
import type { HoSo, PortalItemResult } from '../../../shared/portal/hoso';
import type { PortalAdapter } from './portal-adapter';
import { parseProcedureAnswer, parseProcedureListPage, type ProcedureChange, type ProcedureRecord } from './procedure-catalogue';

/** A failure worth retrying later (network, timeout, 5xx, malformed answer). */
export class PortalUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortalUnavailableError';
  }
}

/** The portal refused the whole request (bad credentials, malformed envelope). */
export class PortalRefusedError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
    this.name = 'PortalRefusedError';
  }
}

/**
 * The portal refused one file for good (too large, hash mismatch, type not allowed): sending the
 * same bytes again cannot succeed. Not used for expired sessions or bad credentials.
 */
export class PortalFileRefusedError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'PortalFileRefusedError';
  }
}

/** HTTP statuses of a file upload that are not about the file (authentication, time-out, rate limit): retried. */
const RETRIED_4XX = new Set([401, 403, 407, 408, 425, 429]);

interface Envelope {
  error_code: string;
  message?: string;
  result?: unknown[];
  cursor?: string;
  more?: string;
  session?: string;
}

export const MAX_BATCH = 50;

/**
 * The national standard's client (portal-protocol.md), the first PortalAdapter: session auth with re-auth on "-1",
 * DongBoHoSoMC in batches, TraCuuHoSo, the change feed, file upload. No retries here: the sync
 * worker owns timing and back-off. Remembers the portal's clock skew from its Date header.
 */
export class NationalPortalClient implements PortalAdapter {
  private session: string | null = null;
  /** Portal time minus local time, seconds; null until the portal answered once. */
  clockSkewSeconds: number | null = null;

  constructor(
    private readonly settings: PortalSettings,
    private readonly agencyId: string,
    private readonly timeoutMs = 15_000,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * DongBoHoSoMC with each HoSo already serialised (JSON.stringify of one HoSo): the sync worker
   * writes each dossier's JSON once, while the previous batch is in flight.
   */
  async syncDossiers(isUpdating: boolean, data: readonly string[]): Promise<PortalItemResult[]> {
    if (data.length > MAX_BATCH) throw new Error(`at most ${MAX_BATCH} dossiers a call`);
    const envelope = await this.service('DongBoHoSoMC', { isUpdating: isUpdating ? 'True' : 'False' }, [], `[${data.join(',')}]`);
    return (envelope.result ?? []) as PortalItemResult[];
  }

  /** The portal's copy, or null when it does not have it. */
  async lookup(maHoSo: string): Promise<HoSo | null> {
    const envelope = await this.service('TraCuuHoSo', { MaHoSo: maHoSo }, ['4']);
    if (envelope.error_code === '4') return null;
    return ((envelope.result ?? [])[0] as HoSo | undefined) ?? null;
  }

  async changes(since: string): Promise<{ items: HoSo[]; cursor: string; more: boolean }> {
    const envelope = await this.service('LayDanhSachThayDoi', { since });
    return { items: (envelope.result ?? []) as HoSo[], cursor: envelope.cursor ?? since, more: envelope.more === '1' };
  }

  /** LayDanhSachTTHC from `since`, following `cursor` while `more` is "1". */
  async procedureChanges(since: string): Promise<ProcedureChange[]> {
    const items: ProcedureChange[] = [];
    let cursor = '';
    for (let page = 0; page < 10_000; page++) {
      const envelope = await this.service('LayDanhSachTTHC', { since, ...(cursor ? { cursor } : {}) });
      const parsed = parseProcedureListPage(envelope);
      if (typeof parsed === 'string') throw new PortalUnavailableError(parsed);
      items.push(...parsed.items);
      if (!parsed.more) return items;
      if (!parsed.cursor || parsed.cursor === cursor) throw new PortalUnavailableError('Trả lời LayDanhSachTTHC của cổng báo còn trang sau nhưng không có con trỏ mới; danh mục giữ nguyên.');
      cursor = parsed.cursor;
    }
    throw new PortalUnavailableError('Danh sách thủ tục của cổng không dừng (quá 10 000 trang); danh mục giữ nguyên.');
  }

  /** LayThuTuc: the national record of one procedure. */
  async procedure(code: string): Promise<ProcedureRecord> {
    const parsed = parseProcedureAnswer(await this.service('LayThuTuc', { MaTTHC: code }), code);
    if (typeof parsed === 'string') throw new PortalUnavailableError(parsed);
    return parsed;
  }

  async putFile(sha256: string, bytes: Uint8Array, contentType: string, fileName: string): Promise<{ id: string; url: string }> {
    const send = async () => {
      const res = await this.fetch(`/files/${sha256}`, {
        method: 'PUT',
        headers: { session: await this.token(), 'content-type': contentType, 'x-file-name': encodeURIComponent(fileName) },
        body: bytes,
      });
      return res;
    };
    let body = await send();
    if (body.error_code === '-1') {
      this.session = null;
      body = await send();
    }
    if (body.error_code === '-1') throw new PortalUnavailableError('Phiên làm việc với cổng liên tục hết hạn.');
    if (body.error_code !== '0') {
      const status = body.httpStatus ?? 200;
      if (RETRIED_4XX.has(status)) throw new PortalUnavailableError(`Cổng chưa nhận tệp (HTTP ${status}): ${body.message ?? ''}`);
      throw new PortalFileRefusedError(status, body.message ?? 'Cổng từ chối tệp.');
    }
    const answer = body as Envelope & { TepDinhKemId?: string; url?: string };
    return { id: answer.TepDinhKemId ?? '', url: answer.url ?? '' };
  }

  /** Authenticates (or reuses the session) and answers whether the portal is reachable. */
  async testConnection(): Promise<void> {
    this.session = null;
    await this.token();
  }

  /** One service call; dataJson, when given, is the envelope's "data" already serialised. */
  private async service(service: string, extra: Record<string, unknown>, acceptedCodes: string[] = [], dataJson?: string): Promise<Envelope> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const head = JSON.stringify({ session: await this.token(), madonvi: this.agencyId, service, ...extra });
      const envelope = await this.fetch('/service', {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: dataJson === undefined ? head : `${head.slice(0, -1)},"data":${dataJson}}`,
      });
      if (envelope.error_code === '-1') {
        this.session = null; // expired: authenticate again and repeat the call
        continue;
      }
      if (envelope.error_code === '0' || acceptedCodes.includes(envelope.error_code)) return envelope;
      throw new PortalRefusedError(envelope.error_code, envelope.message ?? `Cổng trả mã lỗi ${envelope.error_code}.`);
    }
    throw new PortalUnavailableError('Phiên làm việc với cổng liên tục hết hạn.');
  }

  private async token(): Promise<string> {
    if (this.session) return this.session;
    const envelope = await this.fetch('/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ username: this.settings.user, password: this.settings.password }),
    });
    if (envelope.error_code !== '0' || !envelope.session) {
      throw new PortalRefusedError(envelope.error_code, envelope.message ?? 'Sai tài khoản kết nối cổng dịch vụ công.');
    }
    this.session = envelope.session;
    return this.session;
  }

  private async fetch(path: string, init: { method: string; headers: Record<string, string>; body: string | Uint8Array }): Promise<Envelope & { httpStatus?: number }> {
    const url = this.settings.url.replace(/\/+$/, '') + path;
    let res: Response;
    try {
      res = await fetch(url, {
        ...init,
        headers: { ...init.headers, dstcode: this.settings.dstcode },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      // fetch says only "fetch failed"; the cause's code tells a closed port from a TLS problem.
      const cause = (error as { cause?: { code?: unknown } }).cause;
      const code = typeof cause?.code === 'string' ? ` (${cause.code})` : '';
      throw new PortalUnavailableError(`Không kết nối được cổng dịch vụ công: ${(error as Error).message}${code}`);
    }
    const date = res.headers.get('date');
    if (date) this.clockSkewSeconds = Math.round((Date.parse(date) - this.now().getTime()) / 1000);
    if (res.status >= 500) throw new PortalUnavailableError(`Cổng dịch vụ công đang lỗi (HTTP ${res.status}).`);
    let text: string;
    try {
      text = await res.text();
    } catch (error) {
      throw new PortalUnavailableError(`Mất kết nối khi đọc trả lời của cổng: ${(error as Error).message}`);
    }
    try {
      const parsed = JSON.parse(text) as Envelope;
      if (typeof parsed?.error_code !== 'string') throw new Error('no error_code');
      return { ...parsed, httpStatus: res.status };
    } catch {
      // A proxy in front of the portal may refuse an upload with its own page (413 Request Entity Too Large).
      if (init.method === 'PUT' && res.status >= 400 && !RETRIED_4XX.has(res.status)) {
        throw new PortalFileRefusedError(res.status, `Cổng từ chối tệp (HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}).`);
      }
      throw new PortalUnavailableError(`Trả lời của cổng không hợp lệ (HTTP ${res.status}).`);
    }
  }
}
