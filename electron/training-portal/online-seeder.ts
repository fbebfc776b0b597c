/**
 * Online filings (status 1, KenhThucHien "2") as citizens file them on the portal, with codes in
 * the portal's part of the daily range (0001-5000; the counters use 5001-9999). Periodic while
 * `everyMs` is set, and on demand through the control endpoint. What is filed comes from the
 * procedure catalogue the desk loads (online-filing.ts): code, name, field and fee.
 */
import type { Procedure } from '../../shared/catalog';
import { formatPortalDate, dossierCodeDay } from './portal-dates';
import type { HoSo } from './hoso-schema';
import { onlineFilingOf, onlineProcedures } from './online-filing';
import type { PortalContext } from './portal-context';

export const ONLINE_SEQ_MAX = 5000;

export class OnlineSeeder {
  private timer: NodeJS.Timeout | null = null;
  private readonly agencies = new Set<string>();
  private every: number | null = null;
  private readonly procedures: Procedure[];

  constructor(
    private readonly ctx: PortalContext,
    everyMs: number | null,
    agencies: readonly string[],
    private readonly random: () => number,
    procedures: readonly Procedure[],
  ) {
    this.procedures = onlineProcedures(procedures);
    if (this.procedures.length === 0) throw new Error('danh mục thủ tục không có thủ tục nào nộp trực tuyến được');
    for (const a of agencies) this.agencies.add(a);
    this.setEvery(everyMs);
  }

  get everyMs(): number | null {
    return this.every;
  }

  /** An agency the portal has heard from: it gets online filings too. */
  noteAgency(agency: string): void {
    this.agencies.add(agency);
  }

  knownAgencies(): string[] {
    return [...new Set([...this.agencies, ...this.ctx.store.agencies()])].sort();
  }

  setEvery(everyMs: number | null): void {
    this.every = everyMs;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (everyMs === null) return;
    this.timer = setInterval(() => {
      try {
        for (const agency of this.knownAgencies()) this.seed(agency, 1);
      } catch (error) {
        this.ctx.log(`seeder failed: ${String(error)}`);
      }
    }, everyMs);
    this.timer.unref();
  }

  /** Files `count` dossiers online for the agency today; their codes (fewer when the range is used up). */
  seed(agency: string, count: number): string[] {
    const now = this.ctx.clock.now();
    const day = dossierCodeDay(now);
    const filed = formatPortalDate(now);
    const codes: string[] = [];
    this.ctx.store.transaction(() => {
      let seq = this.ctx.store.highestSeq(agency, day, ONLINE_SEQ_MAX);
      for (let i = 0; i < count && seq < ONLINE_SEQ_MAX; i += 1) {
        seq += 1;
        const code = `${agency}-${day}-${String(seq).padStart(4, '0')}`;
        this.ctx.store.saveDossier(this.onlineFiling(code, filed, now), agency, now.getTime());
        codes.push(code);
      }
    });
    if (codes.length) this.ctx.log(`seeder: ${codes.length} hồ sơ trực tuyến cho ${agency}`);
    return codes;
  }

  stop(): void {
    this.setEvery(null);
  }

  private onlineFiling(code: string, filed: string, now: Date): HoSo {
    return onlineFilingOf(this.procedures, { code, filed, now, random: this.random });
  }
}
