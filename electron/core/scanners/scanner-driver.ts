import type { ScannerDriverName, ScannerInfo } from '../../../shared/api';
import { DeskError } from '../api/desk-error';

export interface ScanOptions {
  source: 'flatbed' | 'feeder';
  dpi: number;
  mode: 'color' | 'gray' | 'bw';
  /** A fresh empty folder the driver may write pages into. */
  workDir: string;
}

/** One way of reaching scanners on this platform. Ids are "<driver>:<device id>". */
export interface ScannerDriver {
  readonly name: ScannerDriverName;
  /** Whether the driver's program is present here (never throws). */
  available(): Promise<boolean>;
  list(): Promise<ScannerInfo[]>;
  /** The scanned pages, in order, as image files' bytes (PNG or TIFF). */
  scan(deviceId: string, options: ScanOptions): Promise<Buffer[]>;
}

export const scannerError = (message: string) => new DeskError('SCANNER_FAILED', message);
export const NO_SCANNER = 'Không tìm thấy máy quét. Kiểm tra máy quét đã bật, đã cắm cáp và đã cài trình điều khiển.';
