// A USB barcode scanner, as the browser sees one: its keys arrive in quick bursts, the way the OS
// hands over a keyboard buffer, whatever the test runner's own load. Typing them one awaited key
// at a time (page.keyboard.type) puts a runner round trip between every two keys: on a loaded
// machine those stall for a second, which no real scanner does. Sent all at once, Chromium runs
// them in one task and React stops at its nested-update limit, which no real keyboard does
// either; eight keys a round trip sits between the two.
import type { Page } from '@playwright/test';

export async function scanWithScanner(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const KEYS_PER_ROUND_TRIP = 8;
    const chars = [...text];
    for (let start = 0; start < chars.length; start += KEYS_PER_ROUND_TRIP) {
      const sent: Array<Promise<unknown>> = [];
      for (const char of chars.slice(start, start + KEYS_PER_ROUND_TRIP)) {
        // ASCII as key presses (keydown, beforeinput, input); the rest as the scanner's Unicode input.
        if (/^[\x20-\x7e]$/.test(char)) {
          sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: char, text: char, unmodifiedText: char }));
          sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char }));
        } else {
          sent.push(cdp.send('Input.insertText', { text: char }));
        }
      }
      await Promise.all(sent);
    }
    const sent: Array<Promise<unknown>> = [];
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'char', key: 'Enter', text: '\r', unmodifiedText: '\r' }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 }));
    await Promise.all(sent);
  } finally {
    await cdp.detach();
  }
}
