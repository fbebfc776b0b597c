/**
 * Tells a barcode scanner from a person typing. A scanner "types" a whole QR text in a few
 * milliseconds per character and usually ends with Enter; a person leaves far longer gaps.
 * The detector is fed the text each input event inserts (non-ASCII characters arrive as input
 * events without key events, so keydown cannot be used) with its time, and reports a burst once
 * Enter or a pause ends a fast run long enough to be a scan. No DOM here: tests feed it timed events.
 */

export interface ScannerBurstOptions {
  /** Longest single gap between two characters of one scan, in ms (a busy page may delay one event). */
  maxGapMs?: number;
  /** Longest average gap between the characters of a scan, in ms; a fast typist averages over 80. */
  maxMeanGapMs?: number;
  /** Fewest characters a scan has. */
  minLength?: number;
}

export interface ScannerBurst<T> {
  /** Everything the scanner typed, in order. */
  text: string;
  /** Where the first character landed. */
  target: T;
  /** The value the target had before the burst (to put back), when known. */
  valueBefore: string | null;
}

interface Run<T> {
  target: T;
  text: string;
  startedAt: number;
  lastAt: number;
  /** Input events in the run (an event may insert several characters). */
  events: number;
  valueBefore: string | null;
}

export const DEFAULT_MAX_GAP_MS = 100;
export const DEFAULT_MAX_MEAN_GAP_MS = 45;
export const DEFAULT_MIN_LENGTH = 20;

/** True for text that may be an ID-card QR: long enough and with the card's field separator. */
export function looksLikeCardScan(text: string, minLength = DEFAULT_MIN_LENGTH): boolean {
  return text.length >= minLength && text.includes('|');
}

export class ScannerBurstDetector<T> {
  private run: Run<T> | null = null;
  private readonly maxGapMs: number;
  private readonly maxMeanGapMs: number;
  private readonly minLength: number;

  constructor(options: ScannerBurstOptions = {}) {
    this.maxGapMs = options.maxGapMs ?? DEFAULT_MAX_GAP_MS;
    this.maxMeanGapMs = options.maxMeanGapMs ?? DEFAULT_MAX_MEAN_GAP_MS;
    this.minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  }

  /**
   * Text inserted into `target` at time `at` (ms). `valueBefore` is the target's value just
   * before this insertion; it is kept when the insertion starts a new run.
   */
  insert(target: T, data: string, at: number, valueBefore: string | null): void {
    if (!data) return;
    const run = this.run;
    if (run && run.target === target && at - run.lastAt <= this.maxGapMs) {
      run.text += data;
      run.lastAt = at;
      run.events += 1;
      return;
    }
    this.run = { target, text: data, startedAt: at, lastAt: at, events: 1, valueBefore };
  }

  /** Enter pressed at `at`: returns the burst it ends, if the run before it was a scan. */
  enter(at: number): ScannerBurst<T> | null {
    return this.finish(at);
  }

  /** A timer tick at `at`: a scan that ended without Enter is reported once the pause exceeds the gap. */
  idle(at: number): ScannerBurst<T> | null {
    if (!this.run || at - this.run.lastAt <= this.maxGapMs) return null;
    return this.finish(at, true);
  }

  /** Forgets the current run (e.g. after the form was reset). */
  reset(): void {
    this.run = null;
  }

  /** Whether a fast run is under way (so a pending Enter may belong to it). */
  get active(): boolean {
    return this.run !== null;
  }

  private finish(at: number, paused = false): ScannerBurst<T> | null {
    const run = this.run;
    this.run = null;
    if (!run) return null;
    // Enter must follow the last character as fast as the characters followed each other.
    if (!paused && at - run.lastAt > this.maxGapMs) return null;
    if (!looksLikeCardScan(run.text, this.minLength)) return null;
    if ((run.lastAt - run.startedAt) / Math.max(1, run.events - 1) > this.maxMeanGapMs) return null;
    return { text: run.text, target: run.target, valueBefore: run.valueBefore };
  }
}
