/**
 * Faults injected through the control endpoint. Each fault matches requests (optionally only one
 * service, or only requests about one MaHoSo), fires with its probability, and is used up after
 * `times` firings (absent: it stays until cleared or reset).
 */
import { z } from 'zod';
import { SERVICES } from './service-request';

export const FAULT_KINDS = ['drop-before-commit', 'drop-after-commit', 'status-5xx', 'delay', 'expire-session', 'reject', 'malformed'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
/** What a fault may target: a service of `POST /service`, `auth` (POST /auth) or `files` (PUT /files). */
export const FAULT_TARGETS = [...SERVICES, 'auth', 'files'] as const;
export type FaultTarget = (typeof FAULT_TARGETS)[number];

export const faultSchema = z.object({
  kind: z.enum(FAULT_KINDS),
  service: z.enum(FAULT_TARGETS).optional(),
  times: z.number().int().positive().optional(),
  probability: z.number().min(0).max(1).optional(),
  ms: z.number().int().min(0).max(600_000).optional(),
  maHoSo: z.string().min(1).optional(),
  status: z.number().int().min(500).max(599).optional(),
  message: z.string().optional(),
});
export type FaultSpec = z.infer<typeof faultSchema>;

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
  fired: number;
}

/** What a request is, for matching. */
export interface FaultProbe {
  target: FaultTarget;
  maHoSos: readonly string[];
}

export class FaultInjector {
  private faults: ActiveFault[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  add(specs: readonly FaultSpec[]): void {
    for (const spec of specs) this.faults.push({ spec, remaining: spec.times ?? Infinity, fired: 0 });
  }

  clear(): void {
    this.faults = [];
  }

  list(): Array<FaultSpec & { remaining: number | null; fired: number }> {
    return this.faults.map((f) => ({ ...f.spec, remaining: Number.isFinite(f.remaining) ? f.remaining : null, fired: f.fired }));
  }

  /** The faults that fire for this request; each firing uses one of its `times`. */
  fire(probe: FaultProbe): FaultSpec[] {
    const fired: FaultSpec[] = [];
    for (const fault of this.faults) {
      const { spec } = fault;
      if (fault.remaining <= 0) continue;
      if (spec.service && spec.service !== probe.target) continue;
      if (spec.maHoSo && !probe.maHoSos.includes(spec.maHoSo)) continue;
      if (spec.probability !== undefined && this.random() >= spec.probability) continue;
      fault.remaining -= 1;
      fault.fired += 1;
      fired.push(spec);
    }
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return fired;
  }
}

/** The faults of one request, sorted into what the server does with them. */
export interface FiredFaults {
  delayMs: number;
  expireSession: boolean;
  status5xx: number | null;
  dropBeforeCommit: boolean;
  dropAfterCommit: boolean;
  /** The answer's result is replaced by items of the wrong shape (a portal answering garbage). */
  malformed: boolean;
  /** Items to reject: MaHoSo -> message; '*' rejects every item. */
  rejections: Map<string, string>;
}

export function sortFaults(fired: readonly FaultSpec[]): FiredFaults {
  const out: FiredFaults = { delayMs: 0, expireSession: false, status5xx: null, dropBeforeCommit: false, dropAfterCommit: false, malformed: false, rejections: new Map() };
  for (const f of fired) {
    if (f.kind === 'delay') out.delayMs += f.ms ?? 1000;
    else if (f.kind === 'expire-session') out.expireSession = true;
    else if (f.kind === 'status-5xx') out.status5xx = f.status ?? 503;
    else if (f.kind === 'drop-before-commit') out.dropBeforeCommit = true;
    else if (f.kind === 'drop-after-commit') out.dropAfterCommit = true;
    else if (f.kind === 'malformed') out.malformed = true;
    else out.rejections.set(f.maHoSo ?? '*', f.message ?? 'bị từ chối (lỗi giả lập của cổng tập huấn)');
  }
  return out;
}

/** The rejection message for one item, or null. */
export function rejectionFor(faults: FiredFaults, maHoSo: string): string | null {
  return faults.rejections.get(maHoSo) ?? faults.rejections.get('*') ?? null;
}
