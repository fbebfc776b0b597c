import { useEffect } from 'react';

/**
 * Publishes where the frame's header ends as the CSS variable --desk-header-bottom, so side panels
 * (the dossier drawer) open below it and leave the sync indicator and sign-out in view. The banner
 * and the clock warning above the header come and go, hence a ResizeObserver rather than a constant.
 */
export function useHeaderBottom(): void {
  useEffect(() => {
    const header = document.querySelector<HTMLElement>('[data-testid="app-header"]');
    if (!header) return;
    const publish = () => document.documentElement.style.setProperty('--desk-header-bottom', `${Math.max(0, header.getBoundingClientRect().bottom)}px`);
    const frame = header.parentElement;
    const resized = new ResizeObserver(publish);
    const watchAll = () => {
      resized.disconnect();
      for (const child of Array.from(frame?.children ?? [header])) resized.observe(child);
      publish();
    };
    watchAll();
    // The banner and the clock warning are inserted above the header without resizing it.
    const inserted = new MutationObserver(watchAll);
    if (frame) inserted.observe(frame, { childList: true });
    return () => {
      resized.disconnect();
      inserted.disconnect();
      document.documentElement.style.removeProperty('--desk-header-bottom');
    };
  }, []);
}
