import { PDFDocument, degrees } from 'pdf-lib';
import type { ImagePage } from './image-pages';
import { PAGE_DPI } from './image-pages';
import { refuseFile } from './file-refusal';

/** One thing to append to a component's PDF. */
export type PageSource = { kind: 'pdf'; doc: PDFDocument } | { kind: 'image'; page: ImagePage };

/** Opens a PDF from outside: encrypted or unreadable ones are refused. */
export async function openImportedPdf(bytes: Uint8Array): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    // pdf-lib is compiled to ES5: its EncryptedPDFError fails instanceof, so the message decides.
    if (/is encrypted/i.test(String((error as Error)?.message))) throw refuseFile('encrypted');
    throw refuseFile('corrupt');
  }
  if (doc.isEncrypted) throw refuseFile('encrypted');
  try {
    // Reading every page proves the page tree is whole (pdf-lib parses leniently).
    const pages = doc.getPages();
    if (pages.length === 0 || pages.some((p) => !(p.getWidth() > 0 && p.getHeight() > 0))) throw new Error('no pages');
  } catch {
    throw refuseFile('corrupt');
  }
  return doc;
}

/** Opens a PDF this desk stored (trusted, already checked). */
export function openStoredPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

/**
 * The component's PDF with the sources' pages appended, in order. Saved without dates or a
 * producer stamp so the same pages always give the same bytes (and so the same stored file).
 */
export async function appendPages(existing: PDFDocument | null, sources: PageSource[]): Promise<{ bytes: Uint8Array; pages: number }> {
  const out = await PDFDocument.create({ updateMetadata: false });
  if (existing) for (const page of await out.copyPages(existing, existing.getPageIndices())) out.addPage(page);
  for (const source of sources) {
    if (source.kind === 'pdf') {
      for (const page of await out.copyPages(source.doc, source.doc.getPageIndices())) out.addPage(page);
    } else {
      const image = await out.embedJpg(source.page.jpeg);
      const width = (source.page.width * 72) / PAGE_DPI;
      const height = (source.page.height * 72) / PAGE_DPI;
      out.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
    }
  }
  return { bytes: await out.save({ useObjectStreams: true }), pages: out.getPageCount() };
}

/** Keeps the pages in `order` (1-based), each turned clockwise by rotate[page] degrees on top of its own rotation. */
export async function reorderPages(current: PDFDocument, order: number[], rotate: Record<number, number>): Promise<{ bytes: Uint8Array; pages: number }> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const copied = await out.copyPages(current, order.map((n) => n - 1));
  copied.forEach((page, i) => {
    const turn = rotate[order[i]!] ?? 0;
    if (turn) page.setRotation(degrees((page.getRotation().angle + turn) % 360));
    out.addPage(page);
  });
  return { bytes: await out.save({ useObjectStreams: true }), pages: out.getPageCount() };
}
