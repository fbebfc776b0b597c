// Printed forms in the end-to-end specs: times as the forms write them (Vietnam time), and a print
// route rendered to an A4 PDF and read back.
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { readPdf } from './pdf-text';

const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function vietnamParts(iso: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of VIETNAM_TIME.formatToParts(new Date(iso))) parts[part.type] = part.value;
  return parts;
}

/** "08 giờ 30 phút, ngày 05 tháng 03 năm 2026", as the forms print times. */
export function inWords(iso: string): string {
  const p = vietnamParts(iso);
  return `${p.hour} giờ ${p.minute} phút, ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** "08:30 05/03/2026", as a form's table prints times (Mẫu 06). */
export function shortTime(iso: string): string {
  const p = vietnamParts(iso);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** Opens a print route, waits until it is ready, saves it as an A4 PDF and returns its text and page count. */
export async function printToPdf(page: Page, hash: string, file: string): Promise<{ text: string; pages: number }> {
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('print-ready')).toBeVisible();
  await expect(page.getByTestId('app-frame')).toHaveCount(0);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.pdf({ path: file, format: 'A4' });
  const { text, pages } = readPdf(file);
  return { text, pages };
}
