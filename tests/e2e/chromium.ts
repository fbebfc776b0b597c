// Debian's Chromium as every end-to-end test launches it (playwright.config.ts); a spec that needs
// more flags (a fake camera) adds them to these. Never `npx playwright install`.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
