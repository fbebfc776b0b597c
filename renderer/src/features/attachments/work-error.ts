import { messageOf } from '../../api';
import { ImportRefused } from './import-files';

/** A Vietnamese message for a failed import, scan or capture: the core's message, or the renderer's own refusal. */
export function workErrorText(failure: unknown): string {
  if (failure instanceof ImportRefused) return failure.message;
  return messageOf(failure);
}
