import type { FormInstance } from 'antd';
import { useState } from 'react';
import { messageOf } from '../api';
import { showFieldErrors } from './form-errors';

/**
 * The submit of a form that calls the API: a saving flag, and the server's answer shown under the
 * fields it names or, failing that, as one message above the form.
 */
export function useFormSubmit(form: FormInstance) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<void>): Promise<void> {
    setSaving(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      if (!showFieldErrors(form, failure)) setError(messageOf(failure));
    } finally {
      setSaving(false);
    }
  }

  return { saving, error, run };
}
