import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import type { DossierDetail, DossierFeeLine } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { call } from '../../api';

export interface UnpaidBeforeFee {
  amount: number;
  lines: DossierFeeLine[];
}

/**
 * A fee the dossier should have paid before processing (thu trước) and has not: no payment stands
 * (paid, or partly refunded). Undefined while it is being checked; null when it is paid or there is none.
 */
export function useUnpaidBeforeFee(dossier: DossierDetail, active: boolean): UnpaidBeforeFee | null | undefined {
  const due = active && dossier.fee.collection === 'before' && dossier.fee.total > 0;
  const { id } = dossier;
  const { total, lines } = dossier.fee;
  const key = `${id}:${total}`;
  const [checked, setChecked] = useState<{ key: string; fee: UnpaidBeforeFee | null } | null>(null);

  useEffect(() => {
    if (!due) return;
    let current = true;
    call('payments.list', { dossierId: id }).then(
      (payments) => {
        const paid = payments.some((p) => p.status === 'paid' || p.status === 'refunded');
        if (current) setChecked({ key, fee: paid ? null : { amount: total, lines: lines.filter((line) => line.amount > 0) } });
      },
      // The check is a courtesy: when it cannot be made, the hand-off goes on as before.
      () => current && setChecked({ key, fee: null }),
    );
    return () => {
      current = false;
    };
  }, [due, id, key, total, lines]);

  if (!due) return null;
  return checked?.key === key ? checked.fee : undefined;
}

/** The warning at Chuyển xử lý that names the fee still to collect before processing. */
export function UnpaidFeeWarning({ fee }: { fee: UnpaidBeforeFee }) {
  return (
    <Alert
      type="warning"
      showIcon
      className="desk-form-alert"
      data-testid="handoff-fee-unpaid"
      title={`Hồ sơ chưa thu ${formatVnd(fee.amount)} phí, lệ phí thu trước khi giải quyết.`}
      description={
        <>
          {fee.lines.map((line) => `${line.name}: ${formatVnd(line.amount)}`).join('; ')}. Nên thu phí (màn hình Thu phí) trước khi chuyển; vẫn chuyển xử lý nếu quy định cho phép
          thu sau.
        </>
      }
    />
  );
}
