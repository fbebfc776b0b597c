import { Alert, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { deskQuery, messageOf } from '../../api';
import { formatVnd } from '../../../../shared/money';

/** The VietQR code of a dossier's unpaid fee, large enough for a phone held at arm's length, with what the citizen's banking app will show. */
export function TransferQr({ dossierId }: { dossierId: string }) {
  const transfer = useQuery(deskQuery('payments.vietqr', { dossierId }));
  const image = useQuery({
    queryKey: ['vietqr-image', transfer.data?.payload],
    enabled: Boolean(transfer.data),
    queryFn: () => QRCode.toDataURL(transfer.data!.payload, { errorCorrectionLevel: 'M', margin: 2, width: 360 }),
    staleTime: Infinity,
  });
  if (transfer.error) return <Alert type="error" showIcon role="alert" title={messageOf(transfer.error)} />;
  if (!transfer.data || !image.data) return <Spin description="Đang tạo mã VietQR…" />;
  const { amount, memo, account, payload } = transfer.data;
  return (
    <figure className="cash-transfer-qr" data-testid="transfer-qr" data-payload={payload}>
      <img src={image.data} alt={`Mã VietQR chuyển khoản ${formatVnd(amount)}, nội dung ${memo}`} width={360} height={360} />
      <figcaption>
        <dl className="cash-transfer-facts">
          <dt>Số tiền</dt>
          <dd data-testid="transfer-amount">{formatVnd(amount)}</dd>
          <dt>Nội dung</dt>
          <dd data-testid="transfer-memo">{memo}</dd>
          <dt>Tài khoản</dt>
          <dd data-testid="transfer-account">
            {account.accountName} · {account.accountNumber} · BIN {account.bankBin}
          </dd>
        </dl>
      </figcaption>
    </figure>
  );
}
