// "Khởi động lại" after the admin saved portal settings: the next start opens the production folder.
import { app, ipcMain } from 'electron';
import { isAppUrl } from './security';

// Repeated in electron/preload/preload.ts.
const RELAUNCH_CHANNEL = 'desk:relaunch';

/** Serves `desk:relaunch` for the app's own page only. Returns the teardown. */
export function registerRelaunch(): () => void {
  ipcMain.handle(RELAUNCH_CHANNEL, (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return { ok: false, message: 'Không được phép từ trang này.' };
    app.relaunch();
    app.quit(); // before-quit closes the core (WAL checkpointed) first
    return { ok: true, message: 'Đang khởi động lại.' };
  });
  return () => ipcMain.removeHandler(RELAUNCH_CHANNEL);
}
