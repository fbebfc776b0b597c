import type { DeskEvent } from '../../../shared/api';
import { DISPLAY_IDLE_MS, DISPLAY_THANKS_MS, type DisplayState } from '../../../shared/api/display';
import type { Clock } from '../clock';

/** What an officer's screen last pushed for the citizen, with its time (the core's clock). */
export interface PushedView {
  view: Extract<DisplayState, { kind: 'intake' | 'idle' }>;
  at: number;
}

/**
 * In memory only (never written to the database): what each officer's screen last pushed for its
 * citizen display. Every change is announced as 'display.changed' (no personal data in it); a
 * real-time timer announces the moment the personal data expires, so the display goes idle
 * without asking again. The expiry itself is decided by display.state against the core's clock.
 */
export class DisplayBoard {
  private readonly pushed = new Map<number, PushedView>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private revision = 0;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly emit: (event: DeskEvent) => void,
  ) {}

  show(userId: number, view: PushedView['view']): void {
    this.pushed.set(userId, { view, at: this.clock.now().getTime() });
    this.changed();
    if (view.kind === 'intake') this.changedAfter(`idle:${userId}`, DISPLAY_IDLE_MS);
  }

  get(userId: number): PushedView | undefined {
    return this.pushed.get(userId);
  }

  clear(userId: number): void {
    this.pushed.delete(userId);
    this.changed();
  }

  /** After a rating: the thanks show, then the display goes idle by itself. */
  rated(send: (event: DeskEvent) => void = this.emit): void {
    this.changed(send);
    this.changedAfter('thanks', DISPLAY_THANKS_MS);
  }

  /** Something the display derives from (a dossier saved, handed over, refused) may have changed. */
  changed(send: (event: DeskEvent) => void = this.emit): void {
    if (this.stopped) return;
    this.revision++;
    send({ name: 'display.changed', data: { revision: this.revision } });
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.pushed.clear();
  }

  /** One timer per key: a new push restarts its user's countdown. */
  private changedAfter(key: string, ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(key));
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.changed();
    }, ms + 250);
    timer.unref?.();
    this.timers.set(key, timer);
  }
}
