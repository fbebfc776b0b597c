import { DEFAULT_ERROR_MESSAGES, type ApiError, type ErrorCode } from '../../../shared/api';

/** An expected failure a handler reports to the officer; the transaction is rolled back. */
export class DeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly extra: { fields?: Record<string, string>; details?: unknown } = {},
  ) {
    super(message ?? DEFAULT_ERROR_MESSAGES[code]);
    this.name = 'DeskError';
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message };
    if (this.extra.fields) error.fields = this.extra.fields;
    if (this.extra.details !== undefined) error.details = this.extra.details;
    return error;
  }
}
