// The one bridge between the sandboxed page and the main process: `window.desk`.
// It forwards calls to the fixed channels below and nothing else; the main process checks the
// sender and the core checks the session, the role and the input.
// Channel names are repeated in electron/main/ipc.ts (a sandboxed preload can import nothing
// but 'electron' at run time).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiResponse, DeskEvent } from '../../shared/api';
import type { DeskBridge, DeskPrinter, DeskPrintOptions } from '../../shared/api/bridge';

const INVOKE_CHANNEL = 'desk:invoke';
const EVENT_CHANNEL = 'desk:event';
const PRINT_CHANNEL = 'desk:print';
const PRINTERS_CHANNEL = 'desk:printers';
const RELAUNCH_CHANNEL = 'desk:relaunch';
const SETUP_CODE_CHANNEL = 'desk:setup-code';

const bridge = {
  invoke(method: string, input: unknown, token: string | null): Promise<ApiResponse<unknown>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input, token) as Promise<ApiResponse<unknown>>;
  },
  onEvent(listener: (event: DeskEvent) => void): () => void {
    // The IpcRendererEvent never reaches the page: only the payload does.
    const handler = (_event: IpcRendererEvent, payload: DeskEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
  platform: process.platform,
  print(options: DeskPrintOptions): Promise<{ ok: boolean; message: string }> {
    return ipcRenderer.invoke(PRINT_CHANNEL, options) as Promise<{ ok: boolean; message: string }>;
  },
  printers(): Promise<DeskPrinter[]> {
    return ipcRenderer.invoke(PRINTERS_CHANNEL) as Promise<DeskPrinter[]>;
  },
  setupCode(): Promise<string | null> {
    return ipcRenderer.invoke(SETUP_CODE_CHANNEL) as Promise<string | null>;
  },
  relaunch(): Promise<{ ok: boolean; message: string }> {
    return ipcRenderer.invoke(RELAUNCH_CHANNEL) as Promise<{ ok: boolean; message: string }>;
  },
} satisfies DeskBridge;

contextBridge.exposeInMainWorld('desk', bridge);
