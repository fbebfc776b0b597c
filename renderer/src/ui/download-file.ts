import { base64ToBytes } from './base64';

/** Saves a file the core built (base64) through the browser's download: a Blob behind a temporary link. Works in the app too. */
export function downloadBase64File(fileName: string, contentBase64: string, type: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(contentBase64)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the link; the URL can go once the click is handled.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
