/** The paper the forms are printed on: A4 portrait (the official size) or A5. Kept on this machine. */
export type PaperSize = 'A4' | 'A5';

const PAPER_KEY = 'motcua.print.paper';

export function getPaperSize(): PaperSize {
  try {
    return localStorage.getItem(PAPER_KEY) === 'A5' ? 'A5' : 'A4';
  } catch {
    return 'A4';
  }
}

export function setPaperSize(paper: PaperSize): void {
  localStorage.setItem(PAPER_KEY, paper);
}

/** The @page rule for the paper: Nghị định 30/2020 margins (top/bottom 20 mm, left 30 mm, right 15 mm) on A4. */
export function pageRule(paper: PaperSize): string {
  return paper === 'A5' ? '@page { size: A5 portrait; margin: 12mm 10mm 12mm 18mm; }' : '@page { size: A4 portrait; margin: 18mm 15mm 15mm 30mm; }';
}

/** In the app: which printer receives the forms, and whether without the print dialog. */
export interface PrinterSetting {
  deviceName: string;
  silent: boolean;
}

const PRINTER_KEY = 'motcua.print.printer';

export function getPrinterSetting(): PrinterSetting {
  try {
    const saved = JSON.parse(localStorage.getItem(PRINTER_KEY) ?? '{}') as Partial<PrinterSetting>;
    return { deviceName: typeof saved.deviceName === 'string' ? saved.deviceName : '', silent: saved.silent === true };
  } catch {
    return { deviceName: '', silent: false };
  }
}

export function setPrinterSetting(setting: PrinterSetting): void {
  localStorage.setItem(PRINTER_KEY, JSON.stringify(setting));
}

const CONTROL_SHEET_KEY = 'motcua.print.controlSheetAtHandOff';

/** Whether Mẫu 06 (phiếu kiểm soát) prints by itself at each hand-off to the back office; off unless set. */
export function getControlSheetAtHandOff(): boolean {
  try {
    return localStorage.getItem(CONTROL_SHEET_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Everything the "Máy in và khổ giấy" card sets on this machine. */
export interface PrintSettings extends PrinterSetting {
  paper: PaperSize;
  controlSheetAtHandOff: boolean;
}

export function getPrintSettings(): PrintSettings {
  return { ...getPrinterSetting(), paper: getPaperSize(), controlSheetAtHandOff: getControlSheetAtHandOff() };
}

export function savePrintSettings(settings: PrintSettings): void {
  setPaperSize(settings.paper);
  setPrinterSetting({ deviceName: settings.deviceName, silent: settings.silent });
  localStorage.setItem(CONTROL_SHEET_KEY, settings.controlSheetAtHandOff ? 'on' : 'off');
}
