import { DEFAULT_SCREEN, openScreen } from '../../ui/hash-route';
import { parsePrintHash } from '../../print/print-request';

/**
 * After a sign-in every role starts on Tiếp nhận, never on the screen the previous user left
 * (supervisors too: Giám sát is one key away, Alt+4, and the counter's first screen is the same
 * for everyone). A print route (`#/print/...`, a window of its own) stays where it is.
 */
export function openFirstScreen(): void {
  if (parsePrintHash(window.location.hash)) return;
  openScreen(DEFAULT_SCREEN);
}
