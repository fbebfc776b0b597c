import { z } from 'zod';
import { method, ADMINS, ALL_ROLES } from './method';
import { noInput, isoInstant } from './common';
import type { RatingScore } from './ratings';

/**
 * The citizen display (issue 19): a second screen turned to the citizen, signed in with a display
 * token that display.open gives the officer. The token calls only the methods marked `display`
 * (display.state, ratings.record); the router refuses anything else with FORBIDDEN.
 */

/** Personal data on the display goes after this long without a push from the officer's screen. */
export const DISPLAY_IDLE_MS = 2 * 60_000;
/** A rating is taken up to this long after the hand-over or the refusal. */
export const RATING_WINDOW_MS = 10 * 60_000;
/** The thanks after a rating stay this long. */
export const DISPLAY_THANKS_MS = 30_000;

const shortText = (label: string, max: number) => z.string({ error: `${label}: phải là chữ.` }).trim().max(max, { error: `${label}: tối đa ${max} ký tự.` });

/** What the officer's intake screen shows now, pushed as it is typed. */
const intakeView = z
  .object({
    kind: z.literal('intake'),
    procedureName: shortText('Thủ tục', 500).nullable(),
    applicantName: shortText('Họ và tên', 150).nullable(),
    idNumber: shortText('Số giấy tờ', 20).nullable(),
    /** The officer chose to show the ID number whole (otherwise only its last 4 digits). */
    showIdWhole: z.boolean({ error: 'Hiện đủ số giấy tờ: phải là đúng hoặc sai.' }).default(false),
    /** The components received, by name. */
    components: z.array(shortText('Thành phần hồ sơ', 500)).max(60, { error: 'Tối đa 60 thành phần hồ sơ.' }),
    fee: z.number({ error: 'Phí, lệ phí: phải là số đồng.' }).int({ error: 'Phí, lệ phí: số đồng nguyên.' }).min(0).max(1_000_000_000).nullable(),
    promisedAt: isoInstant.nullable(),
  })
  .strict();

const idleView = z.object({ kind: z.literal('idle') }).strict();

export const displayShowInput = z.discriminatedUnion('kind', [intakeView, idleView], { error: 'Nội dung màn hình công dân không hợp lệ.' });
export type DisplayShowInput = z.input<typeof displayShowInput>;

/** What the citizen sees now (display.state). Only `intake` carries personal data. */
export type DisplayState =
  | { kind: 'idle' }
  | {
      kind: 'intake';
      procedureName: string | null;
      applicantName: string | null;
      /** Masked to its last 4 digits unless the officer showed it whole. */
      idNumber: string | null;
      components: string[];
      fee: number | null;
      promisedAt: string | null;
    }
  | { kind: 'saved'; code: string; procedureName: string; trackingUrl: string | null }
  | { kind: 'rating'; dossierId: string; code: string; procedureName: string; handedOver: boolean; until: string }
  | { kind: 'thanks'; score: RatingScore };

const trackingUrl = z
  .string({ error: 'Địa chỉ tra cứu: phải là chữ.' })
  .trim()
  .max(500, { error: 'Địa chỉ tra cứu: tối đa 500 ký tự.' })
  .regex(/^https?:\/\/[^\s]+$/, { error: 'Địa chỉ tra cứu phải bắt đầu bằng http:// hoặc https://.' })
  .refine((text) => text.includes('{code}'), { error: 'Địa chỉ tra cứu phải chứa {code} ở chỗ mã hồ sơ.' });

export const displayMethods = {
  /** Opens the citizen display for the officer's session; the token is shown once, to open #/citizen?token=... */
  'display.open': method<{ displayToken: string }>()({ input: noInput, access: ALL_ROLES, kind: 'write' }),
  /** Ends every display token of the officer's session and clears what the display shows. */
  'display.close': method<{ closed: number }>()({ input: noInput, access: ALL_ROLES, kind: 'write' }),
  /** The officer's screen pushes what it shows; not audited (it is the form being typed). */
  'display.show': method<{ shown: DisplayState['kind'] }>()({ input: displayShowInput, access: ALL_ROLES, kind: 'task' }),
  'display.state': method<DisplayState>()({ input: noInput, access: ALL_ROLES, kind: 'read', display: true }),
  /** The address where a citizen follows a dossier on the portal, with {code} for its code; null: none. */
  'display.configure': method<{ trackingUrl: string | null }>()({
    input: z.object({ trackingUrl: trackingUrl.nullable() }).strict(),
    access: ADMINS,
    kind: 'write',
  }),
  'display.settings': method<{ trackingUrl: string | null }>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
};
