/** Vietnamese text as typed by different keyboards: one Unicode form, and a folded form for search. */

/** NFC, trimmed, inner whitespace collapsed to one space. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Lower case without marks, for search: "Nguyễn Văn Đức" -> "nguyen van duc". Đ/đ is its own
 * letter (not D with a combining mark), so plain mark stripping would miss it; "ð" (U+00F0),
 * which some fonts and keyboards put in its place, folds the same way.
 */
export function foldVietnamese(s: string): string {
  return normalizeText(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase();
}
