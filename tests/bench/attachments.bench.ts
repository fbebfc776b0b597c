/**
 * A 10-page A4 300-dpi greyscale text scan turned into one compressed component PDF: time and
 * size against the targets of issue 7 (≤ 3 s, ≤ 2 MB). A plain script:
 * `npx tsx tests/bench/attachments.bench.ts`; `npm run bench` imports runAttachmentsBench.
 */
import { pathToFileURL } from 'node:url';
import { imagePages } from '../../electron/core/attachments/image-pages';
import { appendPages, type PageSource } from '../../electron/core/attachments/component-pdf';
import { scannedPage } from '../integration/attachments/test-pages';

const TIME_TARGET_MS = 3_000;
const SIZE_TARGET_BYTES = 2 * 1024 * 1024;
const verdict = (value: number, target: number) => (value <= target ? 'OK' : 'VƯỢT MỤC TIÊU');

export async function runAttachmentsBench(): Promise<{ ms: number; bytes: number; pages: number }> {
  // The scanner's output: lossless PNG pages, as scanimage writes them (made before the clock starts).
  const scans = await Promise.all(Array.from({ length: 10 }, (_, i) => scannedPage(`Trang ${i + 1}`, { format: 'png' })));
  const started = performance.now();
  const sources: PageSource[] = [];
  for (const scan of scans) for (const page of await imagePages(scan, 'png', 'auto')) sources.push({ kind: 'image', page });
  const pdf = await appendPages(null, sources);
  const ms = performance.now() - started;
  const result = { ms: Math.round(ms), bytes: pdf.bytes.length, pages: pdf.pages };
  console.log(`attachments: 10 trang A4 300 dpi -> 1 PDF: ${result.ms} ms (mục tiêu ≤ ${TIME_TARGET_MS}) ${verdict(ms, TIME_TARGET_MS)}; ${(result.bytes / 1024).toFixed(0)} KB (mục tiêu ≤ 2048 KB) ${verdict(result.bytes, SIZE_TARGET_BYTES)}`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runAttachmentsBench();
