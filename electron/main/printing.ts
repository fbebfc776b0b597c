// Printing for the app: the window's own page (print CSS shows only the form) to the chosen
// printer, silently when the counter is configured so, or saved as a PDF where the officer picks.
import fs from 'node:fs/promises';
import { dialog, ipcMain, type WebContents } from 'electron';
import type { DeskPrinter, DeskPrintOptions } from '../../shared/api/bridge';
import { isAppUrl } from './security';

// Repeated in electron/preload/preload.ts.
const PRINT_CHANNEL = 'desk:print';
const PRINTERS_CHANNEL = 'desk:printers';

function validOptions(value: unknown): DeskPrintOptions | null {
  const o = value as Partial<DeskPrintOptions> | null;
  if (!o || (o.target !== 'printer' && o.target !== 'pdf') || typeof o.silent !== 'boolean') return null;
  if (typeof o.deviceName !== 'string' || o.deviceName.length > 200 || (o.paper !== 'A4' && o.paper !== 'A5' && o.paper !== 'css')) return null;
  return o as DeskPrintOptions;
}

function printToPrinter(contents: WebContents, options: DeskPrintOptions): Promise<{ ok: boolean; message: string }> {
  return new Promise((resolve) => {
    const pageSize = options.paper === 'css' ? {} : { pageSize: options.paper };
    contents.print({ silent: options.silent, deviceName: options.deviceName || undefined, ...pageSize, printBackground: true }, (ok, reason) =>
      resolve(ok ? { ok, message: 'Đã gửi lệnh in.' } : { ok, message: reason === 'cancelled' ? 'Đã hủy in.' : `Không in được: ${reason}` }),
    );
  });
}

async function printToPdf(contents: WebContents, options: DeskPrintOptions): Promise<{ ok: boolean; message: string }> {
  const choice = await dialog.showSaveDialog({ title: 'Lưu thành tệp PDF', defaultPath: 'phieu.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (choice.canceled || !choice.filePath) return { ok: false, message: 'Đã hủy lưu PDF.' };
  const pdf = await contents.printToPDF(options.paper === 'css' ? { preferCSSPageSize: true, printBackground: true } : { pageSize: options.paper, printBackground: true });
  await fs.writeFile(choice.filePath, pdf);
  return { ok: true, message: `Đã lưu ${choice.filePath}.` };
}

/** The system's printers for the settings screen; `isDefault` only where the platform still reports it. */
async function listPrinters(contents: WebContents): Promise<DeskPrinter[]> {
  const printers = await contents.getPrintersAsync();
  return printers.map((printer) => ({
    name: printer.name,
    displayName: printer.displayName || printer.name,
    isDefault: (printer as { isDefault?: unknown }).isDefault === true,
  }));
}

/** Serves `desk:print` and `desk:printers` for the app's own page only. Returns the teardown. */
export function registerPrinting(): () => void {
  ipcMain.handle(PRINT_CHANNEL, async (event, raw: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return { ok: false, message: 'Không được phép in từ trang này.' };
    const options = validOptions(raw);
    if (!options) return { ok: false, message: 'Thiết lập in không hợp lệ.' };
    return options.target === 'pdf' ? printToPdf(event.sender, options) : printToPrinter(event.sender, options);
  });
  ipcMain.handle(PRINTERS_CHANNEL, async (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return [];
    return listPrinters(event.sender);
  });
  return () => {
    ipcMain.removeHandler(PRINT_CHANNEL);
    ipcMain.removeHandler(PRINTERS_CHANNEL);
  };
}
