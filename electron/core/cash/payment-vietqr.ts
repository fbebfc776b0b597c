import type { ParsedInputOf, VietQrTransfer } from '../../../shared/api';
import { buildVietQrPayload } from '../../../shared/vietqr';
import { DeskError } from '../api/desk-error';
import type { HandlerContext } from '../api/handler-context';
import { readDossierRow } from '../dossiers';
import { readStoredCashSettings } from './cash-settings';
import { unpaidFeeAmount } from './fee-status';

const CLOSED_STATUSES = [3, 7, 8];

/** `payments.vietqr`: the VietQR code of a dossier's unpaid fee, the dossier code as its purpose. */
export function vietQrTransfer(ctx: HandlerContext, { dossierId }: ParsedInputOf<'payments.vietqr'>): VietQrTransfer {
  const account = readStoredCashSettings(ctx.services.settings).transferAccount;
  if (!account) throw new DeskError('NOT_FOUND', 'Chưa cài đặt tài khoản nhận chuyển khoản của cơ quan (Cài đặt → Biên lai).');
  const dossier = readDossierRow(ctx.db, dossierId);
  if (!dossier) throw new DeskError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  if (CLOSED_STATUSES.includes(dossier.status)) throw new DeskError('INVALID_TRANSITION', 'Hồ sơ đã bị từ chối, rút hoặc dừng xử lý: không thu phí.');
  const amount = unpaidFeeAmount(ctx.db, dossierId);
  if (amount === 0) throw new DeskError('CONFLICT', 'Hồ sơ không có phí, lệ phí cần thu hoặc đã thu rồi.');
  const memo = dossier.code;
  return { payload: buildVietQrPayload({ account, amount, purpose: memo }), amount, memo, account };
}
