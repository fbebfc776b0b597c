import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import type { SubjectReport } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { printInPage } from '../../print/print-in-page';
import { SubjectReportForm } from '../../print/SubjectReportForm';
import { downloadBase64File } from '../../ui/download-file';
import { bytesToBase64 } from '../../ui/base64';

/**
 * Dữ liệu của công dân: a person asks what the desk holds about them (their right to know). The
 * report shows here, prints on A4 (`#/print/subject-report/<id>`) and exports as JSON; each request
 * goes into the access log.
 */
export function SubjectReportTab() {
  const [report, setReport] = useState<SubjectReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const show = async ({ idNumber }: { idNumber: string }) => {
    setLoading(true);
    setError(null);
    try {
      setReport(await call('privacy.subjectReport', { idNumber, purpose: 'view' }));
    } catch (e) {
      setReport(null);
      setError(messageOf(e));
    } finally {
      setLoading(false);
    }
  };

  const exportJson = async () => {
    if (!report) return;
    try {
      const fresh = await call('privacy.subjectReport', { idNumber: report.idNumber, purpose: 'export' });
      const text = JSON.stringify(fresh, null, 2);
      downloadBase64File(`du-lieu-ca-nhan-${fresh.idNumber}.json`, bytesToBase64(new TextEncoder().encode(text)), 'application/json');
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <div data-testid="subject-report-tab">
      <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
        Khi công dân yêu cầu biết dữ liệu cá nhân của mình đang được lưu giữ (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025): nhập số giấy tờ để xem mọi hồ sơ, khoản
        phí, tên tài liệu số hoá và các lượt truy cập liên quan. Mỗi lần tra cứu đều được ghi vào nhật ký truy cập.
      </Typography.Paragraph>
      <Form layout="inline" onFinish={show} style={{ marginBottom: 12 }}>
        <Form.Item name="idNumber" label="Số giấy tờ" rules={[{ required: true, message: 'Nhập số CCCD, CMND hoặc hộ chiếu.' }]}>
          <Input style={{ width: 220 }} placeholder="Ví dụ 001085012345" data-testid="subject-id-number" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="subject-show">
          Lập báo cáo
        </Button>
      </Form>
      {error ? <Alert type="error" showIcon message={error} data-testid="subject-error" /> : null}
      {report ? (
        <>
          <Space style={{ marginBottom: 8 }}>
            <Button onClick={() => void printInPage({ kind: 'subject-report', idNumber: report.idNumber }).catch((e: unknown) => setError(messageOf(e)))} data-testid="subject-print">
              In báo cáo
            </Button>
            <Button onClick={() => void exportJson()} data-testid="subject-export">
              Xuất JSON
            </Button>
          </Space>
          <div className="mc-subject-preview">
            <SubjectReportForm report={report} />
          </div>
        </>
      ) : null}
    </div>
  );
}
