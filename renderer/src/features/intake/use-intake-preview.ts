import { useEffect, useState } from 'react';
import type { DossierPreview } from '../../../../shared/api/dossiers';
import type { InputOf } from '../../../../shared/api';
import { call, messageOf } from '../../api';

/** `dossiers.preview` of the form as it stands, debounced: due time, fee and missing components. */
export function useIntakePreview(input: InputOf<'dossiers.preview'> | null, delayMs = 250) {
  const [state, setState] = useState<{ key: string; preview: DossierPreview | null; error: string | null }>({ key: '', preview: null, error: null });
  const key = input ? JSON.stringify(input) : '';
  useEffect(() => {
    if (!key) return;
    let live = true;
    const timer = window.setTimeout(() => {
      const parsed = JSON.parse(key) as InputOf<'dossiers.preview'>;
      call('dossiers.preview', parsed).then(
        (preview) => live && setState({ key, preview, error: null }),
        (e: unknown) => live && setState((last) => ({ key, preview: last.preview, error: messageOf(e) })),
      );
    }, delayMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [key, delayMs]);
  // The last preview stays shown while the next one is computed, but never once the form is empty.
  return key ? { preview: state.preview, error: state.key === key ? state.error : null } : { preview: null, error: null };
}
