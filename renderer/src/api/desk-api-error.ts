import type { ApiError, ErrorCode } from '../../../shared/api';

/** The API's codes plus the one the client adds when the core cannot be reached. */
export type ClientErrorCode = ErrorCode | 'NETWORK';

export const NETWORK_ERROR_MESSAGE = 'Không kết nối được với máy chủ của ứng dụng.';

/** What `call` throws: the server's Vietnamese message, its code and per-field messages. */
export class DeskApiError extends Error {
  override readonly name = 'DeskApiError';
  readonly code: ClientErrorCode;
  readonly fields: Record<string, string>;
  readonly details: unknown;

  constructor(code: ClientErrorCode, message: string, fields: Record<string, string> = {}, details?: unknown) {
    super(message);
    this.code = code;
    this.fields = fields;
    this.details = details;
  }

  static fromApiError(error: ApiError): DeskApiError {
    return new DeskApiError(error.code, error.message, error.fields ?? {}, error.details);
  }

  static network(): DeskApiError {
    return new DeskApiError('NETWORK', NETWORK_ERROR_MESSAGE);
  }
}

export function isDeskApiError(value: unknown): value is DeskApiError {
  return value instanceof DeskApiError;
}

/** A Vietnamese message for anything a call may throw. */
export function messageOf(error: unknown): string {
  if (isDeskApiError(error)) return error.message;
  return 'Đã có lỗi không mong muốn. Vui lòng thử lại.';
}
