// A USB barcode scanner, as the browser sees one: its keys arrive in quick bursts, the way the OS
// hands over a keyboard buffer, whatever the test runner's own load. Typing them one awaited key
// at a time (page.keyboard.type) puts a runner round trip between every two keys: on a loaded
// machine those stall for a second, which no real scanner does. Sent all at once, Chromium runs
// them in one task and React stops at its nested-update limit, which no real keyboard does
// either; eight keys a round trip sits between the two. Every key, accented letters included
// (a scanner in Unicode mode types them as keys too), is stamped with the time the scanner sent
// it, so the page measures the scanner's pace, not the runner's.
import type { Page } from '@playwright/test';

/** A scanner's pace: one key every 4 ms, as a USB HID scanner sends them. */
const SCANNER_KEY_MS = 4;

export async function scanWithScanner(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const KEYS_PER_ROUND_TRIP = 8;
    const chars = [...text];
    // Each key carries the time the scanner sent it (CDP's `timestamp`, seconds since the epoch),
    // as the OS stamps a real scanner's keys, however late a loaded machine delivers them.
    const start = Date.now() / 1000;
    const stamp = (i: number) => start + (i * SCANNER_KEY_MS) / 1000;
    for (let from = 0; from < chars.length; from += KEYS_PER_ROUND_TRIP) {
      const sent: Array<Promise<unknown>> = [];
      chars.slice(from, from + KEYS_PER_ROUND_TRIP).forEach((char, k) => {
        const timestamp = stamp(from + k);
        sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: char, text: char, unmodifiedText: char, timestamp }));
        sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char, timestamp }));
      });
      await Promise.all(sent);
    }
    const timestamp = stamp(chars.length);
    const sent: Array<Promise<unknown>> = [];
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13, timestamp }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'char', key: 'Enter', text: '\r', unmodifiedText: '\r', timestamp }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13, timestamp }));
    await Promise.all(sent);
  } finally {
    await cdp.detach();
  }
}
