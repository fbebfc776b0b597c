import { z } from 'zod';
import { method, ALL_ROLES } from './method';
import { noInput } from './common';
import type { AttachmentAdded } from './attachments';

export type ScannerDriverName = 'sane' | 'wia' | 'naps2';

export interface ScannerInfo {
  id: string;
  name: string;
  driver: ScannerDriverName;
}

export const scannersMethods = {
  'scanners.list': method<ScannerInfo[]>()({ input: noInput, access: ALL_ROLES, kind: 'task' }),
  /** Scans one page (flatbed) or every page in the feeder into the component's PDF. */
  'scanners.scan': method<AttachmentAdded>()({
    input: z.object({
      dossierId: z.string().uuid({ error: 'Mã nội bộ hồ sơ không hợp lệ.' }),
      componentCode: z.string().trim().min(1, { error: 'Mã thành phần: bắt buộc.' }).max(40),
      scannerId: z.string().min(1, { error: 'Chọn máy quét.' }).max(300),
      source: z.enum(['flatbed', 'feeder'], { error: 'Nguồn giấy phải là mặt kính (flatbed) hoặc khay nạp (feeder).' }).optional(),
      dpi: z.number().int().min(75, { error: 'Độ phân giải tối thiểu 75 dpi.' }).max(600, { error: 'Độ phân giải tối đa 600 dpi.' }).optional(),
      mode: z.enum(['color', 'gray', 'bw'], { error: 'Chế độ quét phải là màu, xám hoặc đen trắng.' }).optional(),
    }),
    access: ALL_ROLES,
    kind: 'task',
  }),
};
