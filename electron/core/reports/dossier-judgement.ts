import { dueDate, shiftAfterPause, type ProcessingTime, type WorkCalendar } from '../../../shared/calendar';

/**
 * What the Decision 766 figures need to know of one dossier (read by indicator-rows.ts). The rules
 * are ../shared/domain/indicators-766.md; each is named where it applies below.
 */
export interface DossierFacts {
  rowid: number;
  status: number;
  channel: number;
  receivedAt: string;
  /** The promised return time; null when the dossier has none (e.g. some feed dossiers). */
  dueAt: string | null;
  processingTime: ProcessingTime | null;
  /** When processing finished (9) or the result was handed over (10), the first known. */
  finishedAt: string | null;
  /** When the dossier was stopped (8) or withdrawn (7). */
  stoppedAt: string | null;
  /** The status history in order: [status, at]. */
  history: Array<[number, string]>;
  components: number;
  componentsWithFiles: number;
  resultDocuments: number;
  feeTotal: number;
  offeredOnline: boolean;
  paidOnline: boolean;
  /** The citizen's rating recorded within the period (one a dossier), or null. */
  rating: 'satisfied' | 'neutral' | 'dissatisfied' | null;
}

export interface Judgement {
  late: boolean;
  /** Ended by processing (9, 10) within the period: days from receipt to the end, less the days waiting for supplements. */
  processingDays: number | null;
  digitised: boolean;
  filedOnline: boolean;
  feeBearing: boolean;
}

const SUPPLEMENT = 5;
const DAY_MS = 86_400_000;

/** Completed waits for the citizen's supplement before `until`: [requested, resumed] pairs. */
function supplementWaits(history: Array<[number, string]>, until: string): Array<[string, string]> {
  const waits: Array<[string, string]> = [];
  let since: string | null = null;
  for (const [status, at] of history) {
    if (at > until) break;
    if (status === SUPPLEMENT) since ??= at;
    else if (since !== null) {
      waits.push([since, at]);
      since = null;
    }
  }
  return waits;
}

/**
 * Judges one dossier counted in a period ending at `periodEnd` (the end of the period, or now).
 * - The end is processing finished (9), result handed over (10), stopped or withdrawn (7, 8); a
 *   dossier not ended by `periodEnd` is open at the end of the period and judged then.
 * - Waiting for a supplement ends the count for that round: an open dossier waiting at the end of
 *   the period is judged at the moment the supplement was asked for (its clock had stopped).
 * - Sent back for supplements more than once: late.
 * - On time when the end is no later than the promised time; the desk moves the promised time on
 *   by the wait when the supplement arrives, so the waiting time is not counted.
 * - No promised time: the procedure's processing time from receipt, moved on by each wait, is the
 *   promise; with neither, the dossier cannot be late.
 */
export function judgeDossier(facts: DossierFacts, periodEnd: string, calendar: WorkCalendar): Judgement {
  const end = facts.finishedAt ?? facts.stoppedAt;
  const ended = end !== null && end <= periodEnd;
  const requests = facts.history.filter(([status, at]) => status === SUPPLEMENT && at <= periodEnd).length;
  let judgedAt = ended ? end : periodEnd;
  if (!ended) {
    const state = facts.history.filter(([, at]) => at <= periodEnd).pop();
    if (state?.[0] === SUPPLEMENT) judgedAt = state[1];
  }
  const waits = supplementWaits(facts.history, judgedAt);
  let late = requests > 1;
  if (!late) {
    let promised: Date | null = facts.dueAt ? new Date(facts.dueAt) : null;
    if (!promised && facts.processingTime) {
      promised = dueDate(new Date(facts.receivedAt), facts.processingTime, { calendar });
      for (const [from, to] of waits) promised = shiftAfterPause(promised, new Date(from), new Date(to), { calendar });
    }
    late = promised !== null && new Date(judgedAt).getTime() > promised.getTime();
  }
  const finishedInPeriod = facts.finishedAt !== null && facts.finishedAt <= periodEnd;
  const waited = waits.reduce((total, [from, to]) => total + (Date.parse(to) - Date.parse(from)), 0);
  const processingDays = finishedInPeriod ? Math.max(0, Date.parse(facts.finishedAt!) - Date.parse(facts.receivedAt) - waited) / DAY_MS : null;
  const processed = facts.status === 9 || facts.status === 10;
  return {
    late,
    processingDays,
    // Files in every component, and in the result once there is one to have.
    digitised: facts.components > 0 && facts.componentsWithFiles >= facts.components && (!processed || facts.resultDocuments > 0),
    filedOnline: facts.channel === 2,
    feeBearing: facts.feeTotal > 0,
  };
}
