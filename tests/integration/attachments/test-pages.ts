import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';

/** A scanned A4 page at 300 dpi: grey paper with lines of dark text (an SVG overlay). */
export async function scannedPage(label: string, options: { width?: number; height?: number; format?: 'jpeg' | 'png' | 'tiff' } = {}): Promise<Buffer> {
  const width = options.width ?? 2480;
  const height = options.height ?? 3508;
  const lines = Array.from({ length: 40 }, (_, i) => `<text x="200" y="${400 + i * 75}" font-size="42" font-family="sans-serif" fill="#222">${label} - Dòng ${i + 1}: Cộng hòa xã hội chủ nghĩa Việt Nam, Độc lập - Tự do - Hạnh phúc</text>`).join('');
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><text x="200" y="250" font-size="80" fill="#000">${label}</text>${lines}</svg>`);
  const page = sharp({ create: { width, height, channels: 3, background: { r: 245, g: 245, b: 240 } } }).composite([{ input: svg, top: 0, left: 0 }]).greyscale();
  const format = options.format ?? 'jpeg';
  if (format === 'png') return page.png().toBuffer();
  if (format === 'tiff') return page.tiff({ compression: 'lzw' }).toBuffer();
  return page.jpeg({ quality: 90 }).toBuffer();
}

export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes)).getPageCount();
}

/** A PDF that declares encryption in its trailer (as a password-protected PDF does). */
export async function encryptedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  const text = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
  return Buffer.from(text.replace(/trailer\s*<</, 'trailer\n<<\n/Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >>\n'), 'latin1');
}

export async function plainPdf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`Trang ${i + 1}`, { x: 50, y: 780, size: 18 });
  return Buffer.from(await doc.save());
}
