import { Alert } from 'antd';
import type { DossierDetail } from '../../../../shared/api';
import { OPEN_STATUSES, type DossierStatus } from '../../../../shared/dossier-status';

/**
 * Why the panel offers what it offers: an online filing waiting for an officer to check it, one
 * refused (here, or at another counter), or a dossier another counter received (this counter may
 * only hand the result over or take a supplement).
 */
export function DossierOriginNote({ dossier }: { dossier: DossierDetail }) {
  if (dossier.status === 1) {
    return (
      <OriginNote
        title="Hồ sơ nộp trực tuyến, chờ cán bộ kiểm tra"
        description="Đối chiếu thành phần hồ sơ với quy định rồi tiếp nhận (thời hạn giải quyết tính từ lúc tiếp nhận) hoặc từ chối tiếp nhận."
      />
    );
  }
  if (dossier.status === 3 && dossier.channel === 2 && !dossier.bookNumber) {
    const here = dossier.refusal?.byName;
    return (
      <OriginNote
        title={here ? 'Hồ sơ nộp trực tuyến, đã từ chối tiếp nhận tại quầy này' : 'Hồ sơ nộp trực tuyến, đã bị từ chối tiếp nhận tại quầy khác'}
        description={
          here
            ? `Cán bộ ${here} đã từ chối tiếp nhận; lý do được gửi lên cổng dịch vụ công để công dân biết. Có thể in phiếu từ chối (Mẫu 03) giao cho công dân.`
            : 'Quầy khác của phường đã từ chối tiếp nhận hồ sơ này; quầy này chỉ xem được hồ sơ.'
        }
      />
    );
  }
  if (dossier.receivedElsewhere && OPEN_STATUSES.includes(dossier.status as DossierStatus)) {
    return (
      <OriginNote
        title="Hồ sơ do quầy khác tiếp nhận"
        description="Quầy này chỉ được trả kết quả hoặc nhận hồ sơ bổ sung. Các thao tác khác (chuyển xử lý, yêu cầu bổ sung, sửa, rút hồ sơ) do quầy đã tiếp nhận thực hiện."
      />
    );
  }
  return null;
}

function OriginNote({ title, description }: { title: string; description: string }) {
  return <Alert type="info" showIcon className="queue-detail-note queue-detail-origin" data-testid="dossier-origin-note" title={title} description={description} />;
}
