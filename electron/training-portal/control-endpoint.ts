/**
 * The loopback-only control endpoint tests use: `POST /__control` changes faults, the back office,
 * the seeder and the clock (`backOffice.stop: [codes]` stops dossiers, status 8); `GET /__control/state` reports what the portal holds.
 */
import { z } from 'zod';
import { faultSchema } from './fault-injector';
import { AGENCY_ID } from './hoso-schema';
import type { PortalRuntime } from './portal-runtime';

/** True only for a loopback peer (127.0.0.0/8, ::1, or IPv4-mapped 127.x). */
export function isLoopbackAddress(address: string | undefined | null): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4)) return true;
  return address === '::1' || address === '0:0:0:0:0:0:0:1';
}

export const controlSchema = z
  .object({
    reset: z.boolean().optional(),
    clearFaults: z.boolean().optional(),
    faults: z.array(faultSchema).optional(),
    advanceClock: z.object({ ms: z.number().int() }).strict().optional(),
    sessionTtlSeconds: z.number().int().positive().optional(),
    backOffice: z
      .object({ delayMs: z.number().int().min(0).nullable().optional(), runNow: z.boolean().optional(), stop: z.array(z.string()).max(100).optional() })
      .strict()
      .optional(),
    catalogue: z
      .object({
        reset: z.boolean().optional(),
        /** National records to add or replace, as they are (each needs a string code). */
        put: z.array(z.looseObject({ code: z.string().min(1) })).optional(),
        withdraw: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
    seedOnline: z
      .object({
        count: z.number().int().min(0).max(5000).optional(),
        madonvi: z.string().regex(AGENCY_ID).optional(),
        everyMs: z.number().int().min(50).nullable().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ControlRequest = z.infer<typeof controlSchema>;

export type ControlAnswer = { ok: true; seeded: string[]; processed: string[] } | { ok: false; message: string };

export function applyControl(rt: PortalRuntime, body: unknown): ControlAnswer {
  const parsed = controlSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'không hợp lệ' };
  }
  const c = parsed.data;
  const seeded: string[] = [];
  let processed: string[] = [];
  if (c.reset) {
    rt.ctx.store.resetData();
    rt.faults.clear();
    rt.requests.clear();
    rt.clockOffsetMs = 0;
    rt.auth.ttlSeconds = rt.initial.sessionTtlSeconds;
    rt.backOffice.setDelay(rt.initial.backOfficeDelayMs);
    rt.seeder.setEvery(rt.initial.seedOnlineEveryMs);
    rt.catalogue.reset();
  }
  if (c.catalogue) {
    if (c.catalogue.reset) rt.catalogue.reset();
    if (c.catalogue.put) rt.catalogue.put(c.catalogue.put);
    if (c.catalogue.withdraw) rt.catalogue.withdraw(c.catalogue.withdraw);
  }
  if (c.clearFaults) rt.faults.clear();
  if (c.faults) rt.faults.add(c.faults);
  if (c.advanceClock) rt.clockOffsetMs += c.advanceClock.ms;
  if (c.sessionTtlSeconds !== undefined) rt.auth.ttlSeconds = c.sessionTtlSeconds;
  if (c.backOffice) {
    if (c.backOffice.delayMs !== undefined) rt.backOffice.setDelay(c.backOffice.delayMs);
    if (c.backOffice.runNow) processed = rt.backOffice.runOnce();
    if (c.backOffice.stop) processed = [...processed, ...rt.backOffice.stopDossiers(c.backOffice.stop)];
  }
  if (c.seedOnline) {
    if (c.seedOnline.everyMs !== undefined) rt.seeder.setEvery(c.seedOnline.everyMs);
    if (c.seedOnline.count) {
      const agencies = c.seedOnline.madonvi ? [c.seedOnline.madonvi] : rt.seeder.knownAgencies();
      if (agencies.length === 0) return { ok: false, message: 'seedOnline: chưa biết madonvi nào; gửi seedOnline.madonvi' };
      for (const agency of agencies) seeded.push(...rt.seeder.seed(agency, c.seedOnline.count));
    }
  }
  return { ok: true, seeded, processed };
}

export function controlState(rt: PortalRuntime) {
  const counts = rt.ctx.store.counts();
  const summaries = rt.ctx.store.dossierSummaries();
  const byMaHoSo: Record<string, { PhienBan: string; TrangThaiHoSo: string; IdNoiBo: string; DuocThanhToanTrucTuyen: string }> = {};
  const byIdNoiBo = new Map<string, number>();
  for (const s of summaries) {
    byMaHoSo[s.MaHoSo] = { PhienBan: String(s.PhienBan), TrangThaiHoSo: s.TrangThaiHoSo, IdNoiBo: s.IdNoiBo, DuocThanhToanTrucTuyen: s.DuocThanhToanTrucTuyen };
    if (s.IdNoiBo) byIdNoiBo.set(s.IdNoiBo, (byIdNoiBo.get(s.IdNoiBo) ?? 0) + 1);
  }
  return {
    now: rt.ctx.clock.now().toISOString(),
    clockOffsetMs: rt.clockOffsetMs,
    dossiers: counts.dossiers,
    byMaHoSo,
    /** IdNoiBo values held by more than one dossier (a dossier sent twice under two codes). */
    duplicateIdNoiBo: [...byIdNoiBo].filter(([, n]) => n > 1).map(([id]) => id),
    requests: Object.fromEntries(rt.requests),
    progressSteps: counts.progressSteps,
    files: counts.files,
    sessions: counts.sessions,
    changeSeq: String(counts.changeSeq),
    faults: rt.faults.list(),
    backOffice: { delayMs: rt.backOffice.delayMs },
    seedOnline: { everyMs: rt.seeder.everyMs, agencies: rt.seeder.knownAgencies() },
    sessionTtlSeconds: rt.auth.ttlSeconds,
    catalogue: rt.catalogue.count(),
  };
}
