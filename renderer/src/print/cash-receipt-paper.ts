/** The paper a cash receipt is printed on: A5 (the default) or an 80 mm thermal roll. Kept on this machine. */
export type ReceiptPaper = 'a5' | 'thermal-80mm';

const RECEIPT_PAPER_KEY = 'motcua.print.receiptPaper';

/** This machine's choice; null when none was made (the counter's setting from `cash.settings` then applies). */
export function storedReceiptPaper(): ReceiptPaper | null {
  try {
    const value = localStorage.getItem(RECEIPT_PAPER_KEY);
    return value === 'a5' || value === 'thermal-80mm' ? value : null;
  } catch {
    return null;
  }
}

export function getReceiptPaper(fallback: ReceiptPaper = 'a5'): ReceiptPaper {
  return storedReceiptPaper() ?? fallback;
}

export function setReceiptPaper(paper: ReceiptPaper): void {
  localStorage.setItem(RECEIPT_PAPER_KEY, paper);
}

/** The @page rule: A5 portrait, or an 80 mm roll cut to a page per copy. */
export function receiptPageRule(paper: ReceiptPaper): string {
  return paper === 'thermal-80mm' ? '@page { size: 80mm 200mm; margin: 3mm 4mm; }' : '@page { size: A5 portrait; margin: 10mm 10mm 10mm 14mm; }';
}
