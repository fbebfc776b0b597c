import { Alert, Form, Input } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { classifyScan, scanProblem } from '../../ui/scanner/scanned-text';
import type { ScannerBurst } from '../../ui/scanner/scanner-burst';
import { useScans } from '../../ui/scanner/use-scans';

const requiredName = { required: true, whitespace: true, message: 'Họ và tên người nhận: bắt buộc nhập.' };

/** Trả kết quả: who collects the result; the recipient's ID card, scanned, fills name and number. */
export function HandOverRecipientFields() {
  const form = Form.useFormInstance();
  const rootRef = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const take = useCallback(
    (burst: ScannerBurst<HTMLElement>) => {
      const scanned = classifyScan(burst.text);
      if (scanned.kind === 'card') {
        form.setFieldsValue({ fullName: scanned.card.fullName, idNumber: scanned.card.idNumber });
        void form.validateFields(['fullName']).catch(() => undefined);
        setProblem(null);
      } else {
        setProblem(scanProblem(scanned, 'card'));
      }
      return true;
    },
    [form],
  );
  useScans(take, rootRef);
  return (
    <div ref={rootRef} data-testid="handover-recipient">
      {problem ? <Alert type="warning" showIcon title={problem} className="queue-scan-problem" /> : null}
      <Form.Item name="fullName" label="Họ và tên người nhận" rules={[requiredName]} extra="Quét mã QR trên CCCD của người nhận để điền họ tên và số giấy tờ.">
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item name="idNumber" label="Số giấy tờ">
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="relation" label="Quan hệ">
        <Input autoComplete="off" placeholder="Ví dụ: bản thân, vợ, con, người được ủy quyền" />
      </Form.Item>
    </div>
  );
}
