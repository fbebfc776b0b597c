import { describe, expect, it } from 'vitest';
import { deletePage, editInput, initialPages, movePage, placePage, rotatePage } from '../../../renderer/src/features/attachments/page-edits';
import { fileSizeText } from '../../../renderer/src/features/attachments/file-size-text';

describe('arranging the pages of a component before saving', () => {
  it('an untouched arrangement saves nothing', () => {
    expect(editInput(initialPages(3), 3)).toBeNull();
  });

  it('moving page 3 to the front, turning the old page 1 and dropping page 2 gives the core its order and turns', () => {
    let pages = initialPages(3);
    pages = movePage(pages, 2, -1);
    pages = movePage(pages, 1, -1);
    expect(pages.map((p) => p.source)).toEqual([3, 1, 2]);
    pages = rotatePage(pages, 1);
    pages = rotatePage(pages, 1);
    pages = deletePage(pages, 2);
    expect(editInput(pages, 3)).toEqual({ order: [3, 1], rotate: { '1': 180 } });
  });

  it('a move past either end stays put; four turns are no turn; drag places a page where another was', () => {
    const pages = initialPages(4);
    expect(movePage(pages, 0, -1)).toBe(pages);
    expect(movePage(pages, 3, 5)).toBe(pages);
    let turned = pages;
    for (let i = 0; i < 4; i++) turned = rotatePage(turned, 0);
    expect(editInput(turned, 4)).toBeNull();
    expect(placePage(pages, 0, 3).map((p) => p.source)).toEqual([2, 3, 4, 1]);
    expect(placePage(pages, 3, 1).map((p) => p.source)).toEqual([1, 4, 2, 3]);
  });

  it('deleting every page is not a save (the whole file is removed with Xoá tệp instead)', () => {
    expect(editInput(deletePage(initialPages(1), 0), 1)).toBeNull();
  });
});

describe('file sizes for the officer', () => {
  it('reads in B, KB and MB with a decimal comma', () => {
    expect(fileSizeText(900)).toBe('900 B');
    expect(fileSizeText(850 * 1024)).toBe('850 KB');
    expect(fileSizeText(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });
});
