import type Database from 'better-sqlite3-multiple-ciphers';
import { DISPLAY_IDLE_MS, DISPLAY_THANKS_MS, RATING_WINDOW_MS, type DisplayState } from '../../../shared/api/display';
import { prepared } from '../db/prepared';
import { lastClosingStepBy, ratingOf } from '../ratings';
import type { PushedView } from './display-board';

/** The portal's tracking address, with {code} where the dossier's code goes (display.configure). */
export const TRACKING_URL_SETTING = 'display.trackingUrl';

interface Moment {
  at: number;
  state: DisplayState;
  /** The officer's push: at the same instant as a save or a hand-over, it is the older. */
  pushed?: true;
}

/**
 * What the citizen sees now, decided from facts at the core's clock: the officer's last push (the
 * intake as typed, for 2 minutes without a new push), the officer's last saved dossier (its code
 * and tracking address, 2 minutes), the last hand-over or refusal (the rating, up to 10 minutes,
 * then the thanks). The latest of these wins; a dossier saved after the push replaces the typed
 * intake, so the citizen's data goes from the display when it is saved even if no push follows.
 */
export function displayStateOf(db: Database.Database, now: Date, userId: number, pushed: PushedView | undefined, trackingUrl: string | null): DisplayState {
  const t = now.getTime();
  const moments: Moment[] = [];
  if (pushed) {
    const fresh = pushed.view.kind === 'intake' && t - pushed.at < DISPLAY_IDLE_MS;
    moments.push({ at: pushed.at, state: fresh ? pushed.view : { kind: 'idle' }, pushed: true });
  }

  const saved = prepared(db, 'SELECT code, procedure_name, created_at FROM dossiers WHERE received_by = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(userId) as
    | { code: string; procedure_name: string; created_at: string }
    | undefined;
  if (saved) {
    const at = Date.parse(saved.created_at);
    const url = trackingUrl ? trackingUrl.replaceAll('{code}', encodeURIComponent(saved.code)) : null;
    moments.push({ at, state: t - at < DISPLAY_IDLE_MS ? { kind: 'saved', code: saved.code, procedureName: saved.procedure_name, trackingUrl: url } : { kind: 'idle' } });
  }

  const closed = lastClosingStepBy(db, userId);
  if (closed) {
    const at = Date.parse(closed.at);
    const rating = ratingOf(db, closed.dossierId);
    let state: DisplayState = { kind: 'idle' };
    if (rating) {
      if (t - Date.parse(rating.recorded_at) < DISPLAY_THANKS_MS) state = { kind: 'thanks', score: rating.score };
    } else if (t - at <= RATING_WINDOW_MS) {
      state = { kind: 'rating', dossierId: closed.dossierId, code: closed.code, procedureName: closed.procedureName, handedOver: closed.status === 10, until: new Date(at + RATING_WINDOW_MS).toISOString() };
    }
    moments.push({ at, state });
  }

  moments.sort((a, b) => a.at - b.at || (a.pushed ? 0 : 1) - (b.pushed ? 0 : 1));
  return moments.at(-1)?.state ?? { kind: 'idle' };
}
