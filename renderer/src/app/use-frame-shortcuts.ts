import { useEffect } from 'react';
import { SCREENS, type Screen } from './screens';

interface FrameShortcutActions {
  openHelp: () => void;
  openScreen: (screen: Screen) => void;
  signOut: () => void;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** F1 or Shift+? (outside text fields) opens help; Alt+1..5 switch screens; Ctrl+L signs out. */
export function useFrameShortcuts(actions: FrameShortcutActions): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'F1' || (event.key === '?' && !event.ctrlKey && !event.altKey && !isTypingTarget(event.target))) {
        event.preventDefault();
        actions.openHelp();
        return;
      }
      if (event.altKey && !event.ctrlKey && !event.metaKey && /^Digit[1-9]$/.test(event.code)) {
        const screen = SCREENS.find((candidate) => `Digit${candidate.digit}` === event.code);
        if (screen) {
          event.preventDefault();
          actions.openScreen(screen);
        }
        return;
      }
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        actions.signOut();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
