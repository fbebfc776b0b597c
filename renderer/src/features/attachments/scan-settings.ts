/** The scanner settings this counter used last, remembered on this machine only. */
export interface ScanSettings {
  scannerId: string | null;
  source: 'flatbed' | 'feeder';
  dpi: number;
  mode: 'color' | 'gray' | 'bw';
}

const KEY = 'motcua.scan.settings';
export const DEFAULT_SCAN_SETTINGS: ScanSettings = { scannerId: null, source: 'flatbed', dpi: 200, mode: 'gray' };
export const DPI_CHOICES = [100, 150, 200, 300, 400, 600] as const;
export const MODE_LABELS: Record<ScanSettings['mode'], string> = { color: 'Màu', gray: 'Xám', bw: 'Đen trắng' };
export const SOURCE_LABELS: Record<ScanSettings['source'], string> = { flatbed: 'Mặt kính', feeder: 'Khay nạp giấy' };

export function loadScanSettings(): ScanSettings {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<ScanSettings> | null;
    if (!saved || typeof saved !== 'object') return DEFAULT_SCAN_SETTINGS;
    return {
      scannerId: typeof saved.scannerId === 'string' ? saved.scannerId : null,
      source: saved.source === 'feeder' ? 'feeder' : 'flatbed',
      dpi: DPI_CHOICES.includes(saved.dpi as (typeof DPI_CHOICES)[number]) ? saved.dpi! : DEFAULT_SCAN_SETTINGS.dpi,
      mode: saved.mode === 'color' || saved.mode === 'bw' ? saved.mode : 'gray',
    };
  } catch {
    return DEFAULT_SCAN_SETTINGS;
  }
}

export function saveScanSettings(settings: ScanSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // storage full or disabled: the defaults next time
  }
}
