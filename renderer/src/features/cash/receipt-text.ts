import type { PaymentStatus, ReceiptId } from '../../../../shared/api';

/** "Mẫu số 01BLP0-001 · Ký hiệu AA-26P · Số 0000012" */
export function receiptIdText(receipt: ReceiptId): string {
  return `Mẫu số ${receipt.form} · Ký hiệu ${receipt.series} · Số ${receiptNumber(receipt.number)}`;
}

/** Receipt numbers shown with 7 digits, as printed. */
export function receiptNumber(number: number): string {
  return String(number).padStart(7, '0');
}

export const STATUS_LABELS: Record<PaymentStatus, { label: string; color: string }> = {
  paid: { label: 'Đã thu', color: 'green' },
  void: { label: 'Đã hủy', color: 'red' },
  refunded: { label: 'Đã hoàn tiền', color: 'orange' },
};
