// Reads back a PDF the test printed, with poppler's pdftotext and pdfinfo.
import { spawnSync } from 'node:child_process';
import { expect } from '@playwright/test';

/** The PDF's text (-layout, whitespace squashed so a phrase wrapped over two lines is still found), page count and first page size in points. */
export function readPdf(file: string): { text: string; pages: number; width: number; height: number } {
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(text.status, text.stderr).toBe(0);
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info.stdout) ?? [];
  return { text: text.stdout.replace(/\s+/g, ' '), pages: Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]), width: Number(width), height: Number(height) };
}
