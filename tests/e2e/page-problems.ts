// What went wrong on a page while a test drove it: console errors, uncaught exceptions, failed
// requests and API answers of 400 and above. A step that the officer sees as fine must leave none.
import type { Page } from '@playwright/test';

export interface PageProblems {
  /** Everything seen since the start (or the last `clear`), one line each. */
  list(): string[];
  clear(): void;
}

export function watchPageProblems(page: Page): PageProblems {
  let problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  return {
    list: () => [...problems],
    clear: () => {
      problems = [];
    },
  };
}
