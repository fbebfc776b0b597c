// The IPC transport: the same core.call the loopback host uses, reached through `window.desk`.
import { BrowserWindow, ipcMain, type WebFrameMain } from 'electron';
import type { ApiResponse, DeskEvent } from '../../shared/api';
import { DEFAULT_ERROR_MESSAGES } from '../../shared/api';
import type { DeskCore } from '../core/core-types';
import { isAppUrl } from './security';

// Repeated in electron/preload/preload.ts.
const INVOKE_CHANNEL = 'desk:invoke';
const EVENT_CHANNEL = 'desk:event';
const SETUP_CODE_CHANNEL = 'desk:setup-code';

/** Only the app's own page, in a top-level frame, may call the core. */
function isAppMainFrame(frame: WebFrameMain | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

function refused(code: 'FORBIDDEN' | 'INVALID_INPUT'): ApiResponse<never> {
  return { ok: false, error: { code, message: DEFAULT_ERROR_MESSAGES[code] } };
}

/** Serves `desk:invoke` and forwards the core's events to every window. Returns the teardown. */
export function registerIpc(core: DeskCore): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown, token: unknown) => {
    if (!isAppMainFrame(event.senderFrame)) return refused('FORBIDDEN');
    if (typeof method !== 'string' || (token !== null && typeof token !== 'string')) return refused('INVALID_INPUT');
    return core.call(method, input, token, { transport: 'ipc' });
  });

  // The first-run code goes to the app's own window only (the host prints it on its console instead).
  ipcMain.handle(SETUP_CODE_CHANNEL, (event) => (isAppMainFrame(event.senderFrame) ? core.setupCode() : null));

  const unsubscribe = core.onEvent((deskEvent: DeskEvent) => {
    for (const win of BrowserWindow.getAllWindows()) {
      const contents = win.webContents;
      if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(EVENT_CHANNEL, deskEvent);
    }
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(INVOKE_CHANNEL);
    ipcMain.removeHandler(SETUP_CODE_CHANNEL);
  };
}
