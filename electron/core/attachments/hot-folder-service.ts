import fs from 'node:fs';
import path from 'node:path';
import type { AttachmentAdded, HotFolderFile, HotFolderState } from '../../../shared/api';
import { DeskError } from '../api/desk-error';
import type { HandlerContext } from '../api/handler-context';
import { addToComponent } from './attachments-service';
import { refuseFile } from './file-refusal';
import type { HotFolderWatcher } from './hot-folder-watcher';

/** The watched folder (an absolute path chosen by the admin), or null. */
export const HOT_FOLDER_SETTING = 'attachments.hotFolder';

function watcherOf(ctx: HandlerContext): HotFolderWatcher {
  if (!ctx.services.hotFolder) throw new Error('attachments: no hot folder watcher in this core');
  return ctx.services.hotFolder;
}

/** Checks a folder the admin names: absolute, exists, a directory, readable and writable, outside the data folder. */
export function checkHotFolder(folder: string, dataDir: string | null): string {
  const invalid = (message: string) => new DeskError('INVALID_INPUT', message, { fields: { path: message } });
  if (!path.isAbsolute(folder)) throw invalid('Đường dẫn thư mục quét phải là đường dẫn đầy đủ (ví dụ /home/motcua/scan hoặc D:\\Scan).');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw invalid(`Không tìm thấy thư mục "${folder}".`);
  }
  if (!stat.isDirectory()) throw invalid(`"${folder}" không phải là thư mục.`);
  try {
    fs.accessSync(folder, fs.constants.R_OK);
    fs.readdirSync(folder);
  } catch {
    throw invalid(`Không có quyền đọc thư mục "${folder}".`);
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw invalid(`Không có quyền ghi vào thư mục "${folder}" (cần để chuyển tệp đã nhận sang thư mục con "đã nhận").`);
  }
  const real = fs.realpathSync(folder);
  if (dataDir) {
    const data = fs.realpathSync(dataDir);
    const rel = path.relative(data, real);
    if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) throw invalid('Thư mục quét không được nằm trong thư mục dữ liệu của ứng dụng.');
  }
  return real;
}

export function hotFolderState(ctx: HandlerContext): HotFolderState {
  const watcher = watcherOf(ctx);
  return { path: watcher.current, problem: watcher.problem };
}

/**
 * attachments.setHotFolder: validated, remembered, watched at once. The folder is checked before
 * the write transaction: a slow or dropped network share must not hold the database's write lock.
 */
export function setHotFolder(ctx: HandlerContext, folder: string | null): HotFolderState {
  const checked = folder === null ? null : checkHotFolder(folder, ctx.services.files ? path.dirname(ctx.services.files.root) : null);
  ctx.write(() => {
    const before = ctx.services.settings.get<string | null>(HOT_FOLDER_SETTING, null);
    ctx.services.settings.set(HOT_FOLDER_SETTING, checked);
    ctx.audit({ entity: 'setting', entityId: HOT_FOLDER_SETTING, before: { path: before }, after: { path: checked } });
  });
  watcherOf(ctx).watch(checked);
  return hotFolderState(ctx);
}

export function hotFolderFiles(ctx: HandlerContext): HotFolderFile[] {
  return watcherOf(ctx).offers();
}

/**
 * attachments.addFromHotFolder: the offered file goes through attachments.add's checks into the
 * component, then moves to "đã nhận". A refused file stays, its reason shown on the offer.
 */
export async function addFromHotFolder(ctx: HandlerContext, input: { dossierId: string; componentCode: string; token: string }): Promise<AttachmentAdded> {
  const watcher = watcherOf(ctx);
  const claimed = watcher.claim(input.token);
  if (claimed === 'busy') throw new DeskError('CONFLICT', 'Tệp này đang được nhận vào một hồ sơ khác.');
  if (claimed === 'too-large') throw refuseFile('too-large-input', 'trên 40 MB');
  if (!claimed) throw new DeskError('NOT_FOUND', 'Tệp không còn trong thư mục quét hoặc vừa thay đổi; hãy chờ danh sách cập nhật.');
  let added: AttachmentAdded;
  try {
    added = await addToComponent(ctx, { dossierId: input.dossierId, componentCode: input.componentCode, fileName: claimed.name.slice(0, 255) }, [{ bytes: claimed.bytes }]);
  } catch (error) {
    if (error instanceof DeskError && error.code === 'FILE_REFUSED') watcher.refused(input.token, error.message);
    else watcher.release(input.token);
    throw error;
  }
  watcher.imported(input.token);
  return added;
}
