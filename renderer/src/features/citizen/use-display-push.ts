import { useEffect } from 'react';
import type { DisplayShowInput } from '../../../../shared/api/display';
import { call } from '../../api';
import { useCitizenDisplay } from './citizen-display-store';

/** What the intake form holds now, as the citizen display shows it. */
export interface TypedIntake {
  procedureName: string | null;
  applicantName: string | null;
  idNumber: string | null;
  showIdWhole: boolean;
  components: string[];
  fee: number | null;
  promisedAt: string | null;
}

const PUSH_DELAY_MS = 300;

function viewOf(typed: TypedIntake | null): DisplayShowInput {
  if (!typed || (!typed.procedureName && !typed.applicantName && !typed.idNumber)) return { kind: 'idle' };
  return { kind: 'intake', ...typed };
}

/**
 * Pushes the intake as it is typed to the citizen display (display.show, debounced), only while
 * one is open. Paused while saving and after the save: a push left pending then would put the
 * citizen's data back on the display after the core replaced it with the dossier's code.
 */
export function useDisplayPush(typed: TypedIntake | null, paused: boolean): void {
  const open = useCitizenDisplay((state) => state.displayToken !== null);
  const key = JSON.stringify(viewOf(typed));
  useEffect(() => {
    if (!open || paused) return;
    const timer = window.setTimeout(() => {
      call('display.show', JSON.parse(key) as DisplayShowInput).catch(() => {});
    }, PUSH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [open, paused, key]);
}
