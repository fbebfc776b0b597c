import { MAX_INPUT_BYTES } from '../../shared/api/attachments';

/** Most methods take a few kilobytes of JSON; 1 MiB leaves room for the largest form. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Bodies over this need a valid session before the host reads them. */
export const UNAUTHENTICATED_BODY_LIMIT = DEFAULT_BODY_LIMIT;

/** The methods whose input carries a file: their schema's largest input, as JSON, plus room for the other fields. */
const LARGE_BODIES: Record<string, number> = {
  // 40 MB of file content as base64 (4 characters per 3 bytes).
  'attachments.add': Math.ceil(MAX_INPUT_BYTES / 3) * 4 + 64 * 1024,
  // 5 000 000 characters of catalogue JSON inside a JSON string: up to 6 bytes each (\uXXXX escapes).
  'catalog.load': 30_000_000 + 64 * 1024,
};

/** The largest body `POST /api/<method>` accepts; larger ones are answered 413 without being read. */
export function bodyLimitOf(method: string): number {
  return Object.prototype.hasOwnProperty.call(LARGE_BODIES, method) ? LARGE_BODIES[method]! : DEFAULT_BODY_LIMIT;
}
