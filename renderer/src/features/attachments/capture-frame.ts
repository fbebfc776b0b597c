import { bytesToBase64 } from '../../ui/base64';

/** Longest side of a captured photo: enough for an ID card to be read, small enough for the portal. */
const MAX_SIDE = 1920;
const JPEG_QUALITY = 0.9;

/** The video's current frame as a JPEG (base64), drawn on a canvas. */
export async function captureFrame(video: HTMLVideoElement): Promise<string> {
  const width = video.videoWidth;
  const height = video.videoHeight;
  if (!width || !height) throw new Error('no frame');
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  canvas.getContext('2d')!.drawImage(video, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
  if (!blob) throw new Error('no frame');
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** "anh-chup-2026-11-25-0930.jpg" in Vietnam time: a display name only, never a path. */
export function photoFileName(at: Date): string {
  const vn = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return `anh-chup-${vn.slice(0, 10)}-${vn.slice(11, 13)}${vn.slice(14, 16)}${vn.slice(17, 19)}.jpg`;
}
