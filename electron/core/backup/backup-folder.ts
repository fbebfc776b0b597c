import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DeskError } from '../api/desk-error';

const refuse = (message: string) => new DeskError('INVALID_INPUT', message, { fields: { folder: message } });

/**
 * The backup folder the admin names: absolute, an existing folder, writable (proved by writing
 * and removing a probe file: a network share's permissions can say otherwise) and outside the
 * data folder (a copy beside the original does not survive the disk). Answers its real path.
 */
export function checkBackupFolder(folder: string, dataDir: string): string {
  if (!path.isAbsolute(folder)) throw refuse('Thư mục sao lưu phải là đường dẫn đầy đủ (ví dụ /media/usb/saoluu hoặc E:\\SaoLuu).');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw refuse(`Không tìm thấy thư mục "${folder}" (ổ USB đã cắm chưa, ổ mạng đã kết nối chưa?).`);
  }
  if (!stat.isDirectory()) throw refuse(`"${folder}" không phải là thư mục.`);
  const real = fs.realpathSync(folder);
  const data = fs.realpathSync(dataDir);
  const inside = (parent: string, child: string) => {
    const rel = path.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  if (inside(data, real)) throw refuse('Thư mục sao lưu không được nằm trong thư mục dữ liệu của ứng dụng (hãy chọn ổ USB hoặc ổ mạng).');
  if (inside(real, data)) throw refuse('Thư mục sao lưu không được chứa thư mục dữ liệu của ứng dụng.');
  const probe = path.join(real, `.motcua-write-test-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  try {
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe, { force: true });
  } catch {
    throw refuse(`Không ghi được vào thư mục "${folder}" (không có quyền ghi hoặc ổ đầy).`);
  }
  return real;
}
