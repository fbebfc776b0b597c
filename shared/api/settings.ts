import { z } from 'zod';
import { method, ADMINS } from './method';
import { noInput, nonEmpty } from './common';
import { portalUrlProblem } from '../portal-url';

/** Mã định danh điện tử of an agency, e.g. 000.00.00.H56. */
export const AGENCY_ID_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

/** Where the portal password is kept: Electron's safeStorage in the app, the environment in the host. */
export type SecretStorageKind = 'safe-storage' | 'environment';

/** What the administrator sees of the portal connection; never the password itself. */
export interface PortalSettingsView {
  /** The data folder this desk runs on now. */
  mode: 'training' | 'production';
  /** The saved production settings, else those in use, else empty. */
  url: string;
  user: string;
  dstcode: string;
  agencyId: string;
  /** The agency's name as printed on receipts, e.g. "UBND Phường Tân Phong". */
  agencyName: string;
  counterNumber: number;
  /** A portal password is kept (in the secret store, or given to the host). */
  passwordSet: boolean;
  secretStorage: SecretStorageKind;
  /** Vietnamese: where the password is kept, e.g. the encrypted file's path. */
  secretStorageLabel: string;
  /** Settings can be saved on this desk (not in a host started on a training folder). */
  canSave: boolean;
  /** A password can be saved here (the app with safeStorage); the host takes it from the environment. */
  canSavePassword: boolean;
  /** Why saving (or saving a password) is not possible here; Vietnamese. */
  saveNote: string | null;
  /** The production data folder the settings belong to. */
  productionDir: string | null;
  /** How saved settings take effect: the app relaunches; the host is restarted by whoever runs it. */
  restart: 'app' | 'host';
  /** Saved settings are not in use yet: a restart applies them. */
  restartRequired: boolean;
}

export interface SetPortalResult {
  restartRequired: true;
  restart: 'app' | 'host';
  productionDir: string;
  /** Vietnamese: what happens next. */
  message: string;
}

export interface ConnectionTestResult {
  ok: boolean;
  /** Vietnamese. */
  message: string;
  /** Portal time minus local time, seconds; null when the portal never answered. */
  clockSkewSeconds: number | null;
}

const portalUrl = z
  .string({ error: 'Địa chỉ cổng: bắt buộc nhập.' })
  .trim()
  .min(1, { error: 'Địa chỉ cổng: bắt buộc nhập.' })
  .max(500, { error: 'Địa chỉ cổng: tối đa 500 ký tự.' })
  .regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[^\s]*)?$/, {
    error: 'Địa chỉ cổng: phải bắt đầu bằng https:// (hoặc http://), ví dụ https://dichvucong.example.gov.vn/api.',
  })
  .superRefine((url, ctx) => {
    const problem = portalUrlProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const portalPassword = z
  .string({ error: 'Mật khẩu kết nối: phải là chuỗi ký tự.' })
  .min(1, { error: 'Mật khẩu kết nối: bắt buộc nhập.' })
  .max(200, { error: 'Mật khẩu kết nối: tối đa 200 ký tự.' });

const dstcode = z
  .string({ error: 'Mã định tuyến (dstcode): bắt buộc nhập.' })
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, { error: 'Mã định tuyến (dstcode): 1-64 ký tự chữ không dấu, số, dấu chấm, gạch.' });

const agencyId = z
  .string({ error: 'Mã đơn vị: bắt buộc nhập.' })
  .trim()
  .regex(AGENCY_ID_PATTERN, { error: 'Mã đơn vị: dạng mã định danh điện tử ddd.dd.dd.Hdd, ví dụ 000.00.00.H29.' });

/** A portal connection to test, maybe not saved yet; without a password the kept one is used. */
export const portalConnectionInput = z
  .object({
    url: portalUrl,
    user: nonEmpty('Tài khoản kết nối', 100),
    password: portalPassword.optional(),
    dstcode,
    agencyId: agencyId.optional(),
  })
  .strict();

export const settingsMethods = {
  'settings.portal': method<PortalSettingsView>()({ input: noInput, access: ADMINS, kind: 'read' }),
  /** Saves the production portal settings (the password into the secret store); applied at the next start. */
  'settings.setPortal': method<SetPortalResult>()({
    input: z
      .object({
        url: portalUrl,
        user: nonEmpty('Tài khoản kết nối', 100),
        /** Absent: keep the password already kept. */
        password: portalPassword.optional(),
        dstcode,
        agencyId,
        agencyName: nonEmpty('Tên cơ quan', 200),
        counter: z
          .number({ error: 'Số quầy: bắt buộc nhập.' })
          .int({ error: 'Số quầy: số nguyên từ 1 đến 9.' })
          .min(1, { error: 'Số quầy: số nguyên từ 1 đến 9.' })
          .max(9, { error: 'Số quầy: số nguyên từ 1 đến 9.' }),
      })
      .strict(),
    access: ADMINS,
    kind: 'write',
  }),
};
