/**
 * The back-office simulator: dossiers the portal has held in status 4 for `delayMs` are processed
 * (status 9, NgayKetThucXuLy, a result document in DanhSachGiayToKetQua); a test can also have it
 * stop dossiers (status 8). It never touches the desk's PhienBan. Off while `delayMs` is null.
 */
import { parseMaHoSo } from './hoso-schema';
import { formatPortalDate } from './portal-dates';
import type { PortalContext } from './portal-context';

const TICK_MS = 200;

export class BackOffice {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ctx: PortalContext,
    private delay: number | null,
  ) {
    this.schedule();
  }

  get delayMs(): number | null {
    return this.delay;
  }

  setDelay(delayMs: number | null): void {
    this.delay = delayMs;
    this.schedule();
  }

  /** Processes what is due now (with delay 0 when the simulator is off); the codes moved to 9. */
  runOnce(): string[] {
    const now = this.ctx.clock.now();
    const due = this.ctx.store.dossiersInStatusSince('4', now.getTime() - (this.delay ?? 0));
    if (due.length === 0) return [];
    const finished = formatPortalDate(now);
    this.ctx.store.transaction(() => {
      for (const code of due) {
        const held = this.ctx.store.findDossier(code);
        if (!held || held.status !== '4') continue;
        const hoso = {
          ...held.hoso,
          TrangThaiHoSo: '9' as const,
          NgayKetThucXuLy: finished,
          DanhSachGiayToKetQua: [
            {
              TenGiayTo: `Kết quả: ${held.hoso.TenTTHC || held.hoso.MaTTHC}`,
              MaGiayToKetQua: `KQ-${code}`,
              DuongDanTepTinKetQua: `${this.ctx.baseUrl()}/ket-qua/${encodeURIComponent(code)}.pdf`,
            },
          ],
        };
        this.ctx.store.saveDossier(hoso, parseMaHoSo(code)?.agency ?? '', now.getTime());
      }
    });
    this.ctx.log(`back office: ${due.length} hồ sơ -> 9`);
    return due;
  }

  /** The back office stops processing these dossiers (status 8, as a real one does for a dossier it cannot go on with); the codes moved. */
  stopDossiers(codes: readonly string[]): string[] {
    const now = this.ctx.clock.now();
    const stopped: string[] = [];
    this.ctx.store.transaction(() => {
      for (const code of codes) {
        const held = this.ctx.store.findDossier(code);
        if (!held || !['4', '5', '6'].includes(held.status)) continue;
        this.ctx.store.saveDossier({ ...held.hoso, TrangThaiHoSo: '8' }, parseMaHoSo(code)?.agency ?? '', now.getTime());
        stopped.push(code);
      }
    });
    if (stopped.length) this.ctx.log(`back office: ${stopped.length} hồ sơ -> 8`);
    return stopped;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.stop();
    if (this.delay === null) return;
    this.timer = setInterval(() => {
      try {
        this.runOnce();
      } catch (error) {
        this.ctx.log(`back office failed: ${String(error)}`);
      }
    }, TICK_MS);
    this.timer.unref();
  }
}
