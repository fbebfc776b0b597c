import sharp from 'sharp';
import type { FileKind } from './file-type';
import { refuseFile } from './file-refusal';

/** Beyond this many pixels an image is refused before decoding (decompression bombs); A4 at 600 dpi is 35 MP. */
export const MAX_INPUT_PIXELS = 60_000_000;
/** Pages are kept at 150 dpi on A4 (1240 x 1754): readable text, small files. */
export const PAGE_DPI = 150;
const A4_LONG_PX = Math.round((297 / 25.4) * PAGE_DPI);
const A4_SHORT_PX = Math.round((210 / 25.4) * PAGE_DPI);
const JPEG_QUALITY = 60;
const THUMBNAIL_WIDTH = 160;

export interface ImagePage {
  jpeg: Buffer;
  /** Pixels of the JPEG; the PDF page is sized at PAGE_DPI. */
  width: number;
  height: number;
  thumbnailPng: Buffer;
}

export type ColourMode = 'auto' | 'color' | 'gray';

/**
 * Decodes an image (every page of a TIFF), turns it upright from its EXIF orientation,
 * downsamples it to fit A4 at 150 dpi, and re-encodes it as JPEG, grey unless it has real colour.
 */
export async function imagePages(bytes: Buffer, kind: Exclude<FileKind, 'pdf'>, colour: ColourMode = 'auto'): Promise<ImagePage[]> {
  let frames = 1;
  try {
    const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    const pixels = (meta.width ?? 0) * (meta.height ?? 0);
    if (pixels > MAX_INPUT_PIXELS) throw refuseFile('too-many-pixels', `${meta.width} x ${meta.height}`);
    if (!meta.width || !meta.height) throw refuseFile('corrupt');
    frames = kind === 'tiff' ? Math.max(1, Math.min(meta.pages ?? 1, 200)) : 1;
  } catch (error) {
    throw asRefusal(error);
  }
  const pages: ImagePage[] = [];
  for (let page = 0; page < frames; page++) {
    try {
      pages.push(await convertFrame(bytes, kind === 'tiff' ? page : undefined, colour));
    } catch (error) {
      throw asRefusal(error);
    }
  }
  return pages;
}

async function convertFrame(bytes: Buffer, page: number | undefined, colour: ColourMode): Promise<ImagePage> {
  const open = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', ...(page === undefined ? {} : { page }) });
  // Decode once, upright, small enough for the page.
  const { data, info } = await open()
    .rotate()
    .resize({ width: A4_SHORT_PX, height: A4_LONG_PX, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  let grey = colour === 'gray';
  if (colour === 'auto') grey = info.channels < 3 || isNearlyGrey(data, info.channels);
  // Landscape pages fit the landscape A4 box.
  const raw = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const fitted = info.width > info.height && info.width > A4_LONG_PX ? raw.resize({ width: A4_LONG_PX, withoutEnlargement: true }) : raw;
  const toColour = grey ? fitted.greyscale() : fitted.toColourspace('srgb');
  const { data: jpeg, info: out } = await toColour.jpeg({ quality: JPEG_QUALITY, chromaSubsampling: '4:2:0', mozjpeg: true }).toBuffer({ resolveWithObject: true });
  const thumbnailPng = await sharp(jpeg).resize({ width: THUMBNAIL_WIDTH }).png({ compressionLevel: 9 }).toBuffer();
  return { jpeg, width: out.width, height: out.height, thumbnailPng };
}

/** True when no sampled pixel is noticeably coloured (a scan of a black-and-white document). */
function isNearlyGrey(data: Buffer, channels: number): boolean {
  if (channels < 3) return true;
  const stride = Math.max(1, Math.floor(data.length / channels / 20_000)) * channels;
  let coloured = 0;
  let samples = 0;
  for (let i = 0; i + 2 < data.length; i += stride) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    samples++;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
  }
  return coloured / Math.max(1, samples) < 0.01;
}

/** Rotates a stored page thumbnail clockwise. */
export function rotateThumbnail(png: Buffer, degrees: number): Promise<Buffer> {
  return sharp(png).rotate(degrees).png({ compressionLevel: 9 }).toBuffer();
}

function asRefusal(error: unknown) {
  if (error instanceof Error && error.name === 'DeskError') return error;
  const message = String((error as Error)?.message ?? error);
  if (/pixel limit/i.test(message)) return refuseFile('too-many-pixels', 'vượt giới hạn');
  return refuseFile('corrupt');
}
