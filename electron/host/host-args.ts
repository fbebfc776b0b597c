import { parseArgs } from 'node:util';
import { AGENCY_ID_PATTERN } from '../../shared/api/settings';
import { portalUrlProblem } from '../../shared/portal-url';
import type { PortalSettings } from '../core/core-types';

export interface HostArgs {
  dataDir: string;
  port: number;
  adminPassword?: string;
  agencyId?: string;
  agencyName?: string;
  counter?: number;
  portal?: PortalSettings;
  rendererDir?: string;
  /** A backup folder to restore into the (empty) data folder before starting. */
  restore?: string;
  /** A file holding the database key (64 hex characters); MOTCUA_DB_KEY wins over it. */
  dbKeyFile?: string;
}

export class HostArgsError extends Error {}

/**
 * `--data-dir DIR [--port N] [--admin-password PW] [--agency-id ID] [--agency-name NAME] [--counter N]
 *  [--portal-url URL --portal-user U --portal-password P --dstcode C] [--restore BACKUP_DIR] [--db-key-file PATH]`;
 * secrets may come from MOTCUA_ADMIN_PASSWORD / MOTCUA_PORTAL_PASSWORD instead of flags.
 */
export function parseHostArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): HostArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        'admin-password': { type: 'string' },
        'agency-id': { type: 'string' },
        'agency-name': { type: 'string' },
        counter: { type: 'string' },
        'portal-url': { type: 'string' },
        'portal-user': { type: 'string' },
        'portal-password': { type: 'string' },
        dstcode: { type: 'string' },
        'renderer-dir': { type: 'string' },
        restore: { type: 'string' },
        'db-key-file': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new HostArgsError(`Tham số không hợp lệ: ${(error as Error).message}`);
  }
  const dataDir = values['data-dir'];
  if (!dataDir) throw new HostArgsError('Thiếu --data-dir: thư mục dữ liệu của máy chủ.');
  const port = values.port === undefined ? 5180 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new HostArgsError('--port phải là số nguyên 0-65535 (0: tự chọn cổng trống).');
  const agencyId = values['agency-id'];
  if (agencyId !== undefined && !AGENCY_ID_PATTERN.test(agencyId)) {
    throw new HostArgsError('--agency-id phải có dạng mã định danh điện tử ddd.dd.dd.Hdd, ví dụ 000.00.00.H56.');
  }
  const counter = values.counter === undefined ? undefined : Number(values.counter);
  if (counter !== undefined && (!Number.isInteger(counter) || counter < 1 || counter > 9)) {
    throw new HostArgsError('--counter phải là số quầy từ 1 đến 9.');
  }
  const args: HostArgs = { dataDir, port };
  const adminPassword = values['admin-password'] ?? env.MOTCUA_ADMIN_PASSWORD;
  if (adminPassword !== undefined) {
    if (adminPassword.length < 8) throw new HostArgsError('Mật khẩu quản trị phải có ít nhất 8 ký tự.');
    args.adminPassword = adminPassword;
  }
  if (agencyId !== undefined) args.agencyId = agencyId;
  const agencyName = values['agency-name']?.trim();
  if (agencyName !== undefined) {
    if (agencyName.length < 3 || agencyName.length > 200) throw new HostArgsError('--agency-name là tên cơ quan in trên giấy tờ, 3-200 ký tự, ví dụ "UBND Phường Tân Phong".');
    args.agencyName = agencyName;
  }
  if (counter !== undefined) args.counter = counter;
  if (values['renderer-dir']) args.rendererDir = values['renderer-dir'];
  if (values['db-key-file'] !== undefined) {
    if (values['db-key-file'].trim() === '') throw new HostArgsError('--db-key-file cần đường dẫn tệp khoá (64 ký tự hex).');
    args.dbKeyFile = values['db-key-file'];
  }
  if (values.restore !== undefined) {
    if (values.restore.trim() === '') throw new HostArgsError('--restore cần đường dẫn thư mục bản sao lưu (motcua-backup-...).');
    args.restore = values.restore;
  }
  const portalUrl = values['portal-url'];
  if (portalUrl !== undefined) {
    const user = values['portal-user'];
    const password = values['portal-password'] ?? env.MOTCUA_PORTAL_PASSWORD;
    const dstcode = values.dstcode;
    if (!user || !password || !dstcode) {
      throw new HostArgsError('Kết nối cổng dịch vụ công cần đủ --portal-url, --portal-user, --dstcode và mật khẩu (--portal-password hoặc MOTCUA_PORTAL_PASSWORD).');
    }
    const problem = portalUrlProblem(portalUrl);
    if (problem) throw new HostArgsError(`--portal-url: ${problem}`);
    args.portal = { url: portalUrl, user, password, dstcode };
  }
  return args;
}
