/**
 * How a component is handed in. The national catalogue marks a paper the applicant only shows
 * (an ID card, a marriage certificate to compare) with "(xuất trình)" at the end of its name: it
 * is checked at the counter and given back, so a receipt never lists it as handed in.
 */
import { foldVietnamese } from '../text';

export function isShownOnly(componentName: string): boolean {
  return /\(\s*xuat trinh\s*\)\s*$/.test(foldVietnamese(componentName));
}

/** "Bản chính", "Bản sao", "Bản chính, Bản sao" from the counts asked or brought; '' for none. */
export function componentFormText(originals: number, copies: number): string {
  return [originals > 0 ? 'Bản chính' : '', copies > 0 ? 'Bản sao' : ''].filter(Boolean).join(', ');
}

/**
 * The component a line typed by the officer names ("Giấy chứng sinh" for "Giấy chứng sinh hoặc
 * văn bản của người làm chứng"): equal when folded, else the one whose name starts with the line,
 * else the one the line starts with.
 */
export function componentNamed<T extends { name: string }>(components: readonly T[], line: string): T | undefined {
  const typed = foldVietnamese(line).trim();
  if (!typed) return undefined;
  const folded = components.map((c) => ({ c, name: foldVietnamese(c.name).trim() }));
  return (folded.find((f) => f.name === typed) ?? folded.find((f) => f.name.startsWith(typed)) ?? folded.find((f) => typed.startsWith(f.name)))?.c;
}
