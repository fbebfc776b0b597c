/** The kinds of file the desk accepts, decided by the first bytes, never by the name. */
export type FileKind = 'pdf' | 'jpeg' | 'png' | 'tiff';

export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  const at = (i: number) => bytes[i] ?? -1;
  const starts = (...sig: number[]) => sig.every((b, i) => at(i) === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  return null;
}
