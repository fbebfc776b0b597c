/**
 * One listener on the window for the barcode scanner, wherever the focus is. Screens and dialogs
 * say which scans they take with `useScans`; the one registered last (an open dialog above its
 * screen) is offered a scan first. A scan's Enter is always swallowed, so it neither submits nor
 * picks a list option, and the field it landed in gets its text back (a search list it opened is
 * closed). Outside text fields, where no input events happen, printable keys are counted instead.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { DEFAULT_MAX_STALL_MS, ScannerBurstDetector, type ScannerBurst } from './scanner-burst';

/** Takes a scan (true) or leaves it to the next taker (false). */
export type ScanTaker = (burst: ScannerBurst<HTMLElement>) => boolean;

interface Registration {
  take: RefObject<ScanTaker>;
  /** Only scans that land inside this element, when given. */
  within?: RefObject<HTMLElement | null>;
}

const takers: Registration[] = [];
let uninstall: (() => void) | null = null;

function offer(burst: ScannerBurst<HTMLElement>): void {
  if (burst.valueBefore !== null) restoreFieldValue(burst.target, burst.valueBefore);
  closeSearchList(burst.target);
  for (const registration of [...takers].reverse()) {
    const root = registration.within?.current;
    if (registration.within && !(root && root.contains(burst.target))) continue;
    if (registration.take.current(burst)) return;
  }
}

function isTextField(element: EventTarget | null): element is HTMLInputElement | HTMLTextAreaElement {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
}

function install(): () => void {
  const detector = new ScannerBurstDetector<HTMLElement>();
  let timer: number | undefined;
  // When the scanner sent a key, not when a busy page got round to it: a trusted key event's
  // timeStamp is the moment the OS (or the browser) took the key. The beforeinput a key causes is
  // made only when the page handles it, so it takes the time of its keydown.
  let keyDownAt: number | null = null;
  const report = (burst: ScannerBurst<HTMLElement> | null) => {
    if (burst) offer(burst);
  };
  const armIdle = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const burst = detector.idle(performance.now());
      if (burst) report(burst);
      else if (detector.active) armIdle(); // half a card: its rest may still come
    }, DEFAULT_MAX_STALL_MS + 50);
  };
  const onBeforeInput = (event: Event) => {
    const input = event as InputEvent;
    if (!input.inputType.startsWith('insert') || !input.data) return;
    const target = event.target as HTMLElement;
    const at = keyDownAt ?? input.timeStamp;
    keyDownAt = null;
    detector.insert(target, input.data, at, isTextField(target) ? target.value : null);
    armIdle();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    keyDownAt = null;
    if (event.key === 'Enter' && !event.ctrlKey && !event.altKey) {
      const burst = detector.enter(event.timeStamp);
      if (burst) {
        window.clearTimeout(timer);
        event.preventDefault();
        event.stopPropagation();
        report(burst);
      }
      return;
    }
    const target = event.target as HTMLElement;
    if (event.key.length !== 1 || event.ctrlKey || event.altKey || event.metaKey) return;
    if (isTextField(target) || target.isContentEditable) {
      keyDownAt = event.timeStamp; // its beforeinput follows
      return;
    }
    detector.insert(target, event.key, event.timeStamp, null);
    armIdle();
  };
  window.addEventListener('beforeinput', onBeforeInput, true);
  window.addEventListener('keydown', onKeyDown, true);
  return () => {
    window.clearTimeout(timer);
    window.removeEventListener('beforeinput', onBeforeInput, true);
    window.removeEventListener('keydown', onKeyDown, true);
  };
}

/** Offers this component the scanner's scans (inside `within`, when given) while it is mounted. */
export function useScans(take: ScanTaker, within?: RefObject<HTMLElement | null>): void {
  const latest = useRef(take);
  useEffect(() => {
    latest.current = take;
  }, [take]);
  useEffect(() => {
    const registration: Registration = { take: latest, within };
    takers.push(registration);
    uninstall ??= install();
    return () => {
      takers.splice(takers.indexOf(registration), 1);
      if (takers.length === 0) {
        uninstall?.();
        uninstall = null;
      }
    };
  }, [within]);
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
