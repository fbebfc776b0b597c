/** One page of the component PDF as the officer arranges it: which stored page, and how far it is turned. */
export interface EditedPage {
  /** 1-based number of the page in the stored PDF. */
  source: number;
  /** Extra clockwise turn on top of the page's own rotation. */
  turn: 0 | 90 | 180 | 270;
}

export function initialPages(count: number): EditedPage[] {
  return Array.from({ length: count }, (_, i) => ({ source: i + 1, turn: 0 }));
}

/** Moves the page at `index` by `delta` places (clamped to the ends); the same list when it cannot move. */
export function movePage(pages: EditedPage[], index: number, delta: number): EditedPage[] {
  const target = Math.max(0, Math.min(pages.length - 1, index + delta));
  if (target === index || !pages[index]) return pages;
  const next = [...pages];
  const [page] = next.splice(index, 1);
  next.splice(target, 0, page!);
  return next;
}

/** Puts the page at `from` where the page at `to` is (drag and drop). */
export function placePage(pages: EditedPage[], from: number, to: number): EditedPage[] {
  return movePage(pages, from, to - from);
}

export function rotatePage(pages: EditedPage[], index: number): EditedPage[] {
  return pages.map((page, i) => (i === index ? { ...page, turn: (((page.turn + 90) % 360) as EditedPage['turn']) } : page));
}

export function deletePage(pages: EditedPage[], index: number): EditedPage[] {
  return pages.filter((_, i) => i !== index);
}

/** The `attachments.editPages` input for this arrangement, or null when it is the stored one unchanged. */
export function editInput(pages: EditedPage[], storedCount: number): { order: number[]; rotate?: Record<string, 90 | 180 | 270> } | null {
  const unchanged = pages.length === storedCount && pages.every((page, i) => page.source === i + 1 && page.turn === 0);
  if (unchanged || pages.length === 0) return null;
  const rotate: Record<string, 90 | 180 | 270> = {};
  for (const page of pages) if (page.turn !== 0) rotate[String(page.source)] = page.turn;
  return { order: pages.map((page) => page.source), ...(Object.keys(rotate).length ? { rotate } : {}) };
}
