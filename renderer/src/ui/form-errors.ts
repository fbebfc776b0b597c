import type { FormInstance } from 'antd';
import { isDeskApiError } from '../api';

/**
 * Puts the server's per-field messages (INVALID_INPUT) under the matching form fields.
 * Returns true when at least one field got a message, so the caller need not repeat it above the form.
 */
export function showFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!isDeskApiError(error)) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const fields = Object.entries(error.fields)
    .filter(([name]) => known.has(name))
    .map(([name, message]) => ({ name, errors: [message] }));
  form.setFields(fields);
  return fields.length > 0;
}
