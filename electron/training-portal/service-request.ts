/**
 * The envelope of `POST /service`: JSON object with session, madonvi and a known service, and
 * that service's extra fields. Anything else is a malformed envelope (error_code "2", nothing applied).
 */
import { z } from 'zod';
import { AGENCY_ID, maHoSoOf } from './hoso-schema';
import { parseCursor } from './change-feed-service';

export const SERVICES = ['DongBoHoSoMC', 'TraCuuHoSo', 'LayDanhSachThayDoi', 'CapNhatTienDoHoSoMC', 'LayDanhSachTTHC', 'LayThuTuc'] as const;
export type ServiceName = (typeof SERVICES)[number];
export const MAX_ITEMS = 50;

export type ServiceRequest = { session: string; madonvi: string } & (
  | { service: 'DongBoHoSoMC'; isUpdating: boolean; data: unknown[] }
  | { service: 'CapNhatTienDoHoSoMC'; data: unknown[] }
  | { service: 'TraCuuHoSo'; MaHoSo: string }
  | { service: 'LayDanhSachThayDoi'; since: number }
  | { service: 'LayDanhSachTTHC'; since: string; cursor: number }
  | { service: 'LayThuTuc'; MaTTHC: string }
);

export type ParsedServiceRequest = { ok: true; request: ServiceRequest } | { ok: false; message: string; service: string | null };

const base = z.object({
  session: z.string({ message: 'session phải là chuỗi' }),
  madonvi: z.string().regex(AGENCY_ID, { message: 'madonvi phải có dạng ddd.dd.dd.Hdd' }),
  service: z.enum(SERVICES, { message: `service phải là một trong ${SERVICES.join(', ')}` }),
});
const items = z.array(z.unknown(), { message: 'data phải là mảng' }).max(MAX_ITEMS, { message: `data tối đa ${MAX_ITEMS} phần tử` });
const extras = {
  DongBoHoSoMC: z.object({ isUpdating: z.enum(['True', 'False'], { message: 'isUpdating phải là "True" hoặc "False"' }), data: items }),
  CapNhatTienDoHoSoMC: z.object({ data: items }),
  TraCuuHoSo: z.object({ MaHoSo: z.string({ message: 'MaHoSo phải là chuỗi' }) }),
  LayDanhSachThayDoi: z.object({ since: z.string({ message: 'since phải là chuỗi' }).refine((v) => parseCursor(v) !== null, { message: 'since không phải con trỏ hợp lệ' }) }),
  LayDanhSachTTHC: z.object({
    since: z.string({ message: 'since phải là chuỗi' }).refine((v) => v === '' || !Number.isNaN(Date.parse(v)), { message: 'since phải là thời điểm ISO hoặc rỗng' }),
    cursor: z.string({ message: 'cursor phải là chuỗi' }).regex(/^\d{0,9}$/, { message: 'cursor không hợp lệ' }).optional(),
  }),
  LayThuTuc: z.object({ MaTTHC: z.string({ message: 'MaTTHC phải là chuỗi' }).min(1, { message: 'MaTTHC không được để trống' }) }),
} as const;

export function parseServiceRequest(body: string): ParsedServiceRequest {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, message: 'JSON không hợp lệ', service: null };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, message: 'yêu cầu phải là một đối tượng JSON', service: null };
  const rawService = (json as { service?: unknown }).service;
  const service = typeof rawService === 'string' ? rawService : null;
  const head = base.safeParse(json);
  if (!head.success) return { ok: false, message: firstMessage(head.error), service };
  const { session, madonvi } = head.data;
  switch (head.data.service) {
    case 'DongBoHoSoMC': {
      const extra = extras.DongBoHoSoMC.safeParse(json);
      if (!extra.success) return { ok: false, message: firstMessage(extra.error), service };
      return { ok: true, request: { service: 'DongBoHoSoMC', session, madonvi, isUpdating: extra.data.isUpdating === 'True', data: extra.data.data } };
    }
    case 'CapNhatTienDoHoSoMC': {
      const extra = extras.CapNhatTienDoHoSoMC.safeParse(json);
      if (!extra.success) return { ok: false, message: firstMessage(extra.error), service };
      return { ok: true, request: { service: 'CapNhatTienDoHoSoMC', session, madonvi, data: extra.data.data } };
    }
    case 'TraCuuHoSo': {
      const extra = extras.TraCuuHoSo.safeParse(json);
      if (!extra.success) return { ok: false, message: firstMessage(extra.error), service };
      return { ok: true, request: { service: 'TraCuuHoSo', session, madonvi, MaHoSo: extra.data.MaHoSo } };
    }
    case 'LayDanhSachThayDoi': {
      const extra = extras.LayDanhSachThayDoi.safeParse(json);
      if (!extra.success) return { ok: false, message: firstMessage(extra.error), service };
      return { ok: true, request: { service: 'LayDanhSachThayDoi', session, madonvi, since: parseCursor(extra.data.since) ?? 0 } };
    }
    case 'LayDanhSachTTHC': {
      const extra = extras.LayDanhSachTTHC.safeParse(json);
      if (!extra.success) return { ok: false, message: firstMessage(extra.error), service };
      return { ok: true, request: { service: 'LayDanhSachTTHC', session, madonvi, since: extra.data.since, cursor: Number(extra.data.cursor || 0) } };
    }
    case 'LayThuTuc': {
      const extra = extras.LayThuTuc.safeParse(json);
      if (!extra.success) return { ok: false, message: firstMessage(extra.error), service };
      return { ok: true, request: { service: 'LayThuTuc', session, madonvi, MaTTHC: extra.data.MaTTHC } };
    }
  }
}

/** The dossier codes a request is about (for faults aimed at one dossier). */
export function dossierCodesOf(request: ServiceRequest): string[] {
  if (request.service === 'TraCuuHoSo') return [request.MaHoSo];
  if (request.service === 'LayDanhSachThayDoi' || request.service === 'LayDanhSachTTHC') return [];
  if (request.service === 'LayThuTuc') return [request.MaTTHC];
  return request.data.map(maHoSoOf).filter((code) => code !== '');
}

function firstMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'yêu cầu không hợp lệ';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
