import { Button, Result } from 'antd';
import { forwardRef } from 'react';
import type { CreatedDossier } from '../../../../shared/api/dossiers';
import { DossierAttachments } from '../attachments';
import { CollectAfterIntake } from '../cash';
import { dueTimeText } from '../../ui/vietnam-time';

interface IntakeResultProps {
  dossier: CreatedDossier;
  applicantName: string;
  procedureName: string;
  onPrint: () => void;
  onNew: () => void;
  printing: boolean;
}

/** The dossier just received: its code, return time, logbook row, what to do next (a fee to collect first), and its components to digitise. */
export const IntakeResult = forwardRef<HTMLButtonElement, IntakeResultProps>(function IntakeResult(
  { dossier, applicantName, procedureName, onPrint, onNew, printing },
  printRef,
) {
  return (
    <>
      <section className="intake-result" data-testid="intake-result" aria-labelledby="intake-result-title" aria-live="polite">
        <Result
          status="success"
          title={<span id="intake-result-title">Đã tiếp nhận hồ sơ</span>}
          subTitle={`${procedureName} · ${applicantName}`}
          extra={[
            <Button key="print" type="primary" size="large" onClick={onPrint} loading={printing} ref={printRef}>
              In giấy tiếp nhận
            </Button>,
            <Button key="new" size="large" onClick={onNew}>
              Tiếp nhận hồ sơ mới (Alt+N)
            </Button>,
          ]}
        >
          <dl className="intake-result-facts">
            <dt>Mã hồ sơ</dt>
            <dd className="intake-result-code" data-testid="intake-code">
              {dossier.code}
            </dd>
            <dt>Ngày hẹn trả</dt>
            <dd data-testid="intake-due">{dueTimeText(dossier.dueAt)}</dd>
            <dt>Sổ theo dõi</dt>
            <dd>
              Quyển số {dossier.bookNumber} · Số thứ tự {dossier.rowNumber}
            </dd>
          </dl>
          <CollectAfterIntake dossierId={dossier.id} />
        </Result>
      </section>
      <div className="intake-attachments">
        <DossierAttachments dossierId={dossier.id} />
      </div>
    </>
  );
});
