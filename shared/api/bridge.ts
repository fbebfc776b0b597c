import type { ApiResponse } from './errors';
import type { DeskEvent } from './events';

/**
 * The one object the Electron preload exposes as `window.desk`.
 * The preload implements it (checked with `satisfies DeskBridge`); the renderer's IPC transport uses it.
 */
export interface DeskBridge {
  /** Calls one API method; never rejects for API errors (they come back as `{ ok: false }`). */
  invoke(method: string, input: unknown, token: string | null): Promise<ApiResponse<unknown>>;
  /** Subscribes to pushes from the core; returns the unsubscribe function. */
  onEvent(listener: (event: DeskEvent) => void): () => void;
  /** `process.platform` of the main process, e.g. 'win32'. */
  platform: string;
  /**
   * Prints the window (print CSS shows only the form): to the chosen printer, silently when the
   * counter is set up so, or into a PDF file the officer picks.
   */
  print(options: DeskPrintOptions): Promise<{ ok: boolean; message: string }>;
  /** The system's printers (`webContents.getPrintersAsync()` in the main process). */
  printers(): Promise<DeskPrinter[]>;
  /** First run (no account yet): the one-time setup code, so the window need not ask for it; null after. */
  setupCode(): Promise<string | null>;
  /** Restarts the app (after portal settings were saved: it opens the production folder). */
  relaunch(): Promise<{ ok: boolean; message: string }>;
}

export interface DeskPrinter {
  /** The system name, passed back as `deviceName`. */
  name: string;
  displayName: string;
  isDefault: boolean;
}

export interface DeskPrintOptions {
  /** 'printer' prints; 'pdf' asks where to save a PDF. */
  target: 'printer' | 'pdf';
  /** Without the print dialog (a counter's receipt printer). */
  silent: boolean;
  /** The printer's system name; empty for the default printer. */
  deviceName: string;
  /** The forms' paper; 'css': the document's own @page size (cash receipts on A5 or an 80 mm roll, the landscape cash report). */
  paper: 'A4' | 'A5' | 'css';
}
