import { useEffect, useRef, type RefObject } from 'react';
import { ScannerBurstDetector, DEFAULT_MAX_GAP_MS, type ScannerBurst } from './scanner-burst';

function isTextField(element: EventTarget | null): element is HTMLInputElement | HTMLTextAreaElement {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
}

/**
 * Watches the input events inside `root` (capture phase, so wherever the focus is) for a scanner
 * burst. A recognised burst's Enter is swallowed, so it neither submits nor picks a list option,
 * and the field it landed in gets back the text it had (a search list it opened is closed).
 * Outside text fields, where no input events happen, printable keys are counted instead.
 */
export function useScannerBurst(root: RefObject<HTMLElement | null>, onBurst: (burst: ScannerBurst<HTMLElement>) => void): void {
  const handler = useRef(onBurst);
  useEffect(() => {
    handler.current = onBurst;
  }, [onBurst]);

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const detector = new ScannerBurstDetector<HTMLElement>();
    let timer: number | undefined;

    const report = (burst: ScannerBurst<HTMLElement> | null) => {
      if (!burst) return;
      if (burst.valueBefore !== null) restoreFieldValue(burst.target, burst.valueBefore);
      closeSearchList(burst.target);
      handler.current(burst);
    };
    const armIdle = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => report(detector.idle(performance.now())), DEFAULT_MAX_GAP_MS * 3);
    };

    const onBeforeInput = (event: Event) => {
      const input = event as InputEvent;
      if (!input.inputType.startsWith('insert') || !input.data) return;
      const target = event.target as HTMLElement;
      detector.insert(target, input.data, performance.now(), isTextField(target) ? target.value : null);
      armIdle();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && !event.ctrlKey && !event.altKey) {
        const burst = detector.enter(performance.now());
        if (burst) {
          window.clearTimeout(timer);
          event.preventDefault();
          event.stopPropagation();
          report(burst);
        }
        return;
      }
      const target = event.target as HTMLElement;
      if (!isTextField(target) && !target.isContentEditable && event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) {
        detector.insert(target, event.key, performance.now(), null);
        armIdle();
      }
    };
    element.addEventListener('beforeinput', onBeforeInput, true);
    element.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.clearTimeout(timer);
      element.removeEventListener('beforeinput', onBeforeInput, true);
      element.removeEventListener('keydown', onKeyDown, true);
    };
  }, [root]);
}

/**
 * A scan typed into a search box (antd Select) opened its list: a blur closes it, and the focus
 * comes back once the list says it is closed (focusing sooner keeps it open).
 */
function closeSearchList(element: HTMLElement): void {
  if (element.getAttribute('role') !== 'combobox') return;
  const giveUpAt = performance.now() + 1000;
  const refocus = () => {
    if (element.getAttribute('aria-expanded') === 'true' && performance.now() < giveUpAt) window.requestAnimationFrame(refocus);
    else element.focus();
  };
  window.setTimeout(() => {
    element.blur();
    window.requestAnimationFrame(refocus);
  }, 0);
}

/** Puts a React-controlled field back to `value` (React listens to the native input event). */
function restoreFieldValue(element: HTMLElement, value: string): void {
  if (!isTextField(element)) return;
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}
