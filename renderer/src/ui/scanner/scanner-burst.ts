/**
 * Tells a barcode scanner from a person typing. A scanner "types" a whole code in a few
 * milliseconds per character and usually ends with Enter; a person leaves far longer gaps.
 * The detector is fed the text each input event inserts (non-ASCII characters arrive as input
 * events without key events, so keydown cannot be used) with its time, and reports a burst once
 * Enter or a pause ends a fast run long enough to be a scan, whatever it says: the page decides
 * what the text is (an ID card, a dossier code, something else), so a scan's Enter never acts on
 * the form. No DOM here: tests feed it timed events.
 */

export interface ScannerBurstOptions {
  /** Longest usual gap between two characters of one scan, in ms. */
  maxGapMs?: number;
  /**
   * Longest gap a busy page may put inside a scan, in ms: taken only between two fast streams of
   * characters, so a person's typing just before a scan stays out of it.
   */
  maxStallMs?: number;
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
  /** The value the target had just before the scan's first character (to put back), when known. */
  valueBefore: string | null;
}

interface Insertion {
  at: number;
  text: string;
  valueBefore: string | null;
}

interface Run<T> {
  target: T;
  insertions: Insertion[];
}

export const DEFAULT_MAX_GAP_MS = 100;
/** A loaded counter PC (or a test runner beside other work) can hold the scanner's keys this long. */
export const DEFAULT_MAX_STALL_MS = 1000;
/** Longest wait, without Enter, for the rest of a card's QR whose fields are not all in yet. */
const MAX_INCOMPLETE_WAIT_MS = 3000;

/** A card's QR not all in yet: its separator seen, fewer than the 6 fields every card has. */
function looksLikeCardStart(text: string): boolean {
  return text.includes('|') && text.split('|').length < 6;
}
export const DEFAULT_MAX_MEAN_GAP_MS = 45;
/** Shorter than any code a counter scans (a CCCD QR is ~90 characters, a dossier code 25). */
export const DEFAULT_MIN_LENGTH = 12;
/** A scanner types one character per event; this many events at least make a scan (not a paste). */
const MIN_EVENTS = 8;

export class ScannerBurstDetector<T> {
  private run: Run<T> | null = null;
  private readonly maxGapMs: number;
  private readonly maxStallMs: number;
  private readonly maxMeanGapMs: number;
  private readonly minLength: number;

  constructor(options: ScannerBurstOptions = {}) {
    this.maxGapMs = options.maxGapMs ?? DEFAULT_MAX_GAP_MS;
    this.maxStallMs = options.maxStallMs ?? DEFAULT_MAX_STALL_MS;
    this.maxMeanGapMs = options.maxMeanGapMs ?? DEFAULT_MAX_MEAN_GAP_MS;
    this.minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  }

  /**
   * Text inserted into `target` at time `at` (ms). `valueBefore` is the target's value just
   * before this insertion.
   */
  insert(target: T, data: string, at: number, valueBefore: string | null): void {
    if (!data) return;
    const run = this.run;
    const last = run?.insertions[run.insertions.length - 1];
    const gap = last ? at - last.at : Infinity;
    const waitingForRest = run !== null && gap <= MAX_INCOMPLETE_WAIT_MS && looksLikeCardStart(run.insertions.map((i) => i.text).join(''));
    if (run && last && run.target === target && (gap <= this.maxStallMs || waitingForRest)) {
      run.insertions.push({ at, text: data, valueBefore });
      return;
    }
    this.run = { target, insertions: [{ at, text: data, valueBefore }] };
  }

  /** Enter pressed at `at`: returns the burst it ends, if the run before it was a scan. */
  enter(at: number): ScannerBurst<T> | null {
    return this.finish(at);
  }

  /** A timer tick at `at`: a scan that ended without Enter is reported once the pause exceeds the gap. */
  idle(at: number): ScannerBurst<T> | null {
    const last = this.run?.insertions[this.run.insertions.length - 1];
    if (!last || at - last.at <= this.maxStallMs) return null;
    // Half a card: the rest (and its Enter) is more likely late than missing.
    if (at - last.at <= MAX_INCOMPLETE_WAIT_MS && looksLikeCardStart(this.run!.insertions.map((i) => i.text).join(''))) return null;
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

  /**
   * The insertions of the run's last fast stream: back from the end while the gaps are short, or
   * a stall (up to maxStallMs) comes right after characters that were themselves fast. "Fast" is
   * judged on the mean of the few gaps before the stall, not on the one gap just before it: a
   * loaded page hands the scanner's keys over in uneven bursts (several at once, then one late),
   * while a person's keys are all slow.
   */
  private lastFastStream(insertions: Insertion[]): Insertion[] {
    let start = insertions.length - 1;
    while (start > 0) {
      const gap = insertions[start]!.at - insertions[start - 1]!.at;
      const stalled = meanGapBefore(insertions, start - 1) <= this.maxMeanGapMs && (gap <= this.maxStallMs || (gap <= MAX_INCOMPLETE_WAIT_MS && looksLikeCardStart(joined(insertions.slice(0, start)))));
      if (gap <= this.maxGapMs || stalled) start -= 1;
      else break;
    }
    return insertions.slice(start);
  }

  private finish(at: number, paused = false): ScannerBurst<T> | null {
    const run = this.run;
    this.run = null;
    if (!run) return null;
    const insertions = withoutLeadingPaste(this.lastFastStream(run.insertions));
    const first = insertions[0]!;
    const last = insertions[insertions.length - 1]!;
    // Enter must follow the last character about as fast as the characters followed each other.
    if (!paused && at - last.at > this.maxStallMs) return null;
    const text = insertions.map((i) => i.text).join('');
    if (text.length < this.minLength || insertions.length < Math.min(MIN_EVENTS, this.minLength)) return null;
    if ((last.at - first.at) / Math.max(1, insertions.length - 1) > this.maxMeanGapMs) return null;
    return { text, target: run.target, valueBefore: first.valueBefore };
  }
}

/** Gaps a stall's "fast before it" is judged on. */
const GAPS_BEFORE_STALL = 8;

/** The mean gap of the (up to 8) insertions that lead to `index`; Infinity when none do. */
function meanGapBefore(insertions: Insertion[], index: number): number {
  const from = Math.max(0, index - GAPS_BEFORE_STALL);
  return index > from ? (insertions[index]!.at - insertions[from]!.at) / (index - from) : Infinity;
}

function joined(insertions: Insertion[]): string {
  return insertions.map((i) => i.text).join('');
}

/**
 * A run of single characters (the scanner) right after a whole chunk was put in the field (a
 * paste, an autofill, a test's fill) keeps that chunk out of the scan: it was the field's text.
 */
function withoutLeadingPaste(insertions: Insertion[]): Insertion[] {
  if (insertions.length > 2 && insertions[0]!.text.length > 1 && insertions[1]!.text.length === 1 && insertions[2]!.text.length === 1) {
    return insertions.slice(1);
  }
  return insertions;
}
