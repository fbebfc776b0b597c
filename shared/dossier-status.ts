/** TrangThaiHoSo, the national status codes (dossier-lifecycle.md). */
export const DOSSIER_STATUS = {
  SUBMITTED_ONLINE: 1,
  RECEIVED: 2,
  REFUSED: 3,
  PROCESSING: 4,
  SUPPLEMENT_REQUESTED: 5,
  FINANCIAL_OBLIGATION: 6,
  WITHDRAWN: 7,
  STOPPED: 8,
  PROCESSED: 9,
  RETURNED: 10,
} as const;

export type DossierStatus = (typeof DOSSIER_STATUS)[keyof typeof DOSSIER_STATUS];

export const STATUS_NAMES: Record<DossierStatus, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

/** Statuses in which the promised return time still matters (the dossier is not finished). */
export const OPEN_STATUSES: readonly DossierStatus[] = [1, 2, 4, 5, 6, 9];

export function isDossierStatus(n: number): n is DossierStatus {
  return Number.isInteger(n) && n >= 1 && n <= 10;
}
