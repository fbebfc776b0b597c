// Pages of a component's stored PDF, drawn in the renderer with pdf.js (offline: the worker is a
// file of the app's own build, bundled by Vite; nothing from a CDN, no eval).
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { call } from '../../api';
import { base64ToBytes } from '../../ui/base64';

let pdfjs: Promise<typeof import('pdfjs-dist')> | null = null;

/** pdf.js is loaded on first use (not with the app's first screen), with its worker from the app's own files. */
function loadPdfjs(): Promise<typeof import('pdfjs-dist')> {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module' });
    return lib;
  });
  pdfjs.catch(() => (pdfjs = null));
  return pdfjs;
}

/** Open documents by SHA-256 (a new version of the component is a new SHA-256); the oldest are closed. */
const documents = new Map<string, Promise<PDFDocumentProxy>>();
const KEEP_DOCUMENTS = 8;
/** Drawn pages by sha256:page:turn:width, as data URLs. */
const drawn = new Map<string, Promise<string>>();
const KEEP_DRAWN = 300;
/** A page that is not drawn by then shows an error instead of a spinner for ever. */
const DRAW_TIMEOUT_MS = 30_000;

function remember<T>(cache: Map<string, T>, key: string, value: T, keep: number, drop?: (value: T) => void): T {
  cache.set(key, value);
  while (cache.size > keep) {
    const [oldest, old] = cache.entries().next().value as [string, T];
    cache.delete(oldest);
    drop?.(old);
  }
  return value;
}

/** The stored PDF of attachment `id`, whose content is `sha256`. */
export function openAttachmentPdf(id: string, sha256: string): Promise<PDFDocumentProxy> {
  const open = documents.get(sha256);
  if (open) return open;
  const loading = Promise.all([loadPdfjs(), call('attachments.content', { id })]).then(
    ([lib, { pdfBase64 }]) => lib.getDocument({ data: base64ToBytes(pdfBase64), isEvalSupported: false }).promise,
  );
  loading.catch(() => documents.delete(sha256));
  return remember(documents, sha256, loading, KEEP_DOCUMENTS, (old) => void old.then((doc) => doc.destroy(), () => {}));
}

/** Page `pageNo` (1-based) turned clockwise by `turn` on top of its own rotation, `width` CSS pixels wide, as a PNG data URL. */
export function drawPage(target: { id: string; sha256: string }, pageNo: number, width: number, turn = 0): Promise<string> {
  const key = `${target.sha256}:${pageNo}:${turn}:${width}`;
  const known = drawn.get(key);
  if (known) return known;
  const rendering = openAttachmentPdf(target.id, target.sha256).then(async (doc) => {
    const page = await doc.getPage(pageNo);
    const rotation = (page.rotate + turn) % 360;
    const natural = page.getViewport({ scale: 1, rotation });
    const pixelRatio = Math.min(2, window.devicePixelRatio || 1);
    const viewport = page.getViewport({ scale: (width / natural.width) * pixelRatio, rotation });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport, background: '#ffffff' }).promise;
    const url = canvas.toDataURL('image/png');
    canvas.width = 0; // free the bitmap now rather than at the next collection
    return url;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drawing = Promise.race([
    rendering,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('pdf.js did not draw the page in time')), DRAW_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  drawing.catch(() => drawn.delete(key));
  return remember(drawn, key, drawing, KEEP_DRAWN);
}

/** The core keeps a 160-pixel-wide PNG of each scanned or photographed page (none for pages of an imported PDF). */
const CORE_THUMBNAIL_WIDTH = 160;

/**
 * A small picture of a page: the core's stored thumbnail when it has one (no PDF to fetch or
 * draw: a scanned component's strip shows at once), else the page drawn with pdf.js.
 */
export function pageThumbnail(target: { id: string; sha256: string }, pageNo: number, width: number, turn = 0): Promise<string> {
  if (turn !== 0 || width > CORE_THUMBNAIL_WIDTH) return drawPage(target, pageNo, width, turn);
  const key = `${target.sha256}:${pageNo}:core`;
  const known = drawn.get(key);
  if (known) return known;
  const loading = call('attachments.thumbnail', { id: target.id, page: pageNo }).then(({ pngBase64 }) =>
    pngBase64 ? `data:image/png;base64,${pngBase64}` : drawPage(target, pageNo, width, turn),
  );
  loading.catch(() => drawn.delete(key));
  return remember(drawn, key, loading, KEEP_DRAWN);
}
