import { useEffect } from 'react';
import { call } from '../api';

const CHECK_EVERY_MS = 30_000;
const GRACE_MS = 5_000;

/**
 * The core locks a session after `idleMinutes` without calls. Once the officer has been idle that long,
 * one `auth.me` finds out; an UNAUTHENTICATED answer sends the desk back to sign-in with the core's message,
 * instead of leaving a stale screen until the next click.
 */
export function useIdleCheck(idleMinutes: number | null): void {
  useEffect(() => {
    if (!idleMinutes) return;
    let lastInputAt = Date.now();
    let checkedSinceInput = false;
    const onInput = () => {
      lastInputAt = Date.now();
      checkedSinceInput = false;
    };
    const timer = setInterval(() => {
      if (checkedSinceInput || Date.now() - lastInputAt < idleMinutes * 60_000 + GRACE_MS) return;
      checkedSinceInput = true;
      call('auth.me').catch(() => {});
    }, CHECK_EVERY_MS);
    window.addEventListener('keydown', onInput, true);
    window.addEventListener('pointerdown', onInput, true);
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', onInput, true);
      window.removeEventListener('pointerdown', onInput, true);
    };
  }, [idleMinutes]);
}
