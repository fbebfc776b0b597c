/** Error codes every transport answers with; features add their own. */
export const ERROR_HTTP_STATUS = {
  UNKNOWN_METHOD: 404,
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  MISSING_COMPONENTS: 409,
  CONFLICT: 409,
  NO_CASH_SESSION: 409,
  FEE_UNPAID: 409,
  UNSYNCED_PAYMENTS: 409,
  FILE_REFUSED: 422,
  SCANNER_FAILED: 502,
  PORTAL_UNAVAILABLE: 503,
  TOO_MANY_ATTEMPTS: 429,
  INTERNAL: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_HTTP_STATUS;

export interface ApiError {
  code: ErrorCode;
  /** Vietnamese, shown to the officer as is. */
  message: string;
  /** Field path -> Vietnamese message, for INVALID_INPUT. */
  fields?: Record<string, string>;
  /** Extra machine-readable detail (e.g. the missing components). */
  details?: unknown;
}

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const DEFAULT_ERROR_MESSAGES: Record<ErrorCode, string> = {
  UNKNOWN_METHOD: 'Chức năng không tồn tại.',
  INVALID_INPUT: 'Dữ liệu nhập chưa hợp lệ.',
  UNAUTHENTICATED: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  PASSWORD_CHANGE_REQUIRED: 'Vui lòng đổi mật khẩu do quản trị viên cấp trước khi làm việc.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  INVALID_TRANSITION: 'Thao tác không được phép ở trạng thái hiện tại.',
  MISSING_COMPONENTS: 'Hồ sơ còn thiếu thành phần bắt buộc.',
  CONFLICT: 'Dữ liệu đã bị thay đổi hoặc trùng lặp.',
  NO_CASH_SESSION: 'Chưa mở ca thu tiền. Vui lòng mở ca trước khi thu phí.',
  FEE_UNPAID: 'Hồ sơ còn phí, lệ phí chưa thu.',
  UNSYNCED_PAYMENTS: 'Ca còn khoản thu chưa được cổng xác nhận; cần ghi chú bàn giao để đóng ca.',
  FILE_REFUSED: 'Tệp không được chấp nhận.',
  SCANNER_FAILED: 'Không quét được.',
  PORTAL_UNAVAILABLE: 'Không kết nối được cổng dịch vụ công; dữ liệu giữ nguyên.',
  TOO_MANY_ATTEMPTS: 'Thao tác sai quá nhiều lần, vui lòng thử lại sau.',
  INTERNAL: 'Đã có lỗi hệ thống. Thao tác chưa được thực hiện.',
};

export function httpStatusOf(code: string): number {
  return (ERROR_HTTP_STATUS as Record<string, number>)[code] ?? 400;
}
