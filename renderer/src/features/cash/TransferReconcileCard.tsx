import { Alert, Button, Card, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import type { ReconcileResult, StatementRead, StatementRow } from '../../../../shared/api';
import { MAX_STATEMENT_BYTES } from '../../../../shared/api/payments';
import { formatVnd } from '../../../../shared/money';
import { call, messageOf } from '../../api';
import { bytesToBase64 } from '../../ui/base64';
import { vnDateTime, vnDayText as dayText } from '../../ui/vietnam-time';

interface Outcome {
  fileName: string;
  read: StatementRead;
  result: ReconcileResult;
}


/**
 * "Đối chiếu chuyển khoản" (supervisor): the bank's statement (.xlsx or .csv as the bank exports
 * it) against the transfers recorded at the counter on its days, by dossier code and amount; what
 * matches, what does not, and the transfers the statement does not show.
 */
export function TransferReconcileCard() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const reconcile = async (file: File) => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      if (file.size > MAX_STATEMENT_BYTES) throw new Error('Tệp sao kê quá lớn: tối đa 700 KB (khoảng 5000 dòng).');
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const read = await call('payments.readStatement', { fileName: file.name, contentBase64 });
      if (read.rows.length === 0) throw new Error(`Sao kê không có khoản tiền vào nào đọc được (${read.skipped.length} dòng bỏ qua).`);
      setOutcome({ fileName: file.name, read, result: await call('payments.reconcile', { rows: read.rows }) });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title="Đối chiếu chuyển khoản với sao kê ngân hàng"
      data-testid="transfer-reconcile"
      extra={
        <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(file) => (void reconcile(file), false)}>
          <Button loading={busy}>Chọn tệp sao kê (.xlsx, .csv)…</Button>
        </Upload>
      }
    >
      {error ? <Alert type="error" showIcon role="alert" title={error} className="cash-card-alert" data-testid="reconcile-error" /> : null}
      {outcome ? <ReconcileOutcome outcome={outcome} /> : !error ? <p className="cash-muted">Sao kê của ngân hàng, tải về dạng Excel hoặc CSV: mỗi khoản tiền vào được so với chuyển khoản đã ghi ở quầy theo mã hồ sơ và số tiền.</p> : null}
    </Card>
  );
}

function ReconcileOutcome({ outcome }: { outcome: Outcome }) {
  const { read, result } = outcome;
  const rowColumns = [
    { title: 'Ngày', key: 'date', render: (_: unknown, r: { row: StatementRow }) => dayText(r.row.date) },
    { title: 'Số tiền', key: 'amount', align: 'right' as const, className: 'cash-amount-cell', render: (_: unknown, r: { row: StatementRow }) => formatVnd(r.row.amount) },
    { title: 'Nội dung', key: 'memo', render: (_: unknown, r: { row: StatementRow }) => r.row.memo },
    { title: 'Mã giao dịch', key: 'reference', render: (_: unknown, r: { row: StatementRow }) => r.row.reference },
  ];
  return (
    <>
      <Alert
        type={result.problems.length === 0 && result.missing.length === 0 ? 'success' : 'warning'}
        showIcon
        data-testid="reconcile-summary"
        className="cash-card-alert"
        title={`${outcome.fileName}: ngày ${result.dates.map(dayText).join(', ')}. Khớp ${result.matched.length} · không khớp ${result.problems.length} · chuyển khoản chưa có trên sao kê ${result.missing.length}${read.skipped.length ? ` · bỏ qua ${read.skipped.length} dòng` : ''}.`}
      />
      {result.problems.length ? (
        <Table
          size="small"
          pagination={false}
          data-testid="reconcile-problems"
          title={() => 'Dòng sao kê không khớp'}
          rowKey={(r) => `${r.row.date}:${r.row.reference}:${r.row.amount}:${r.row.memo}`}
          dataSource={result.problems}
          columns={[
            ...rowColumns,
            {
              title: 'Vì sao',
              key: 'problem',
              render: (_: unknown, p) =>
                p.problem === 'wrong-amount' ? (
                  <Tag color="orange">{`Sai số tiền: hồ sơ ${p.dossierCode ?? ''} ghi ${formatVnd(p.expectedAmount ?? 0)}`}</Tag>
                ) : (
                  <Tag color="red">Không thấy hồ sơ nào trong ngày</Tag>
                ),
            },
          ]}
        />
      ) : null}
      {result.missing.length ? (
        <Table
          size="small"
          pagination={false}
          data-testid="reconcile-missing"
          title={() => 'Chuyển khoản đã ghi ở quầy nhưng chưa có trên sao kê'}
          rowKey="paymentId"
          dataSource={result.missing}
          columns={[
            { title: 'Mã hồ sơ', dataIndex: 'dossierCode' },
            { title: 'Số tiền', dataIndex: 'amount', align: 'right' as const, className: 'cash-amount-cell', render: (amount: number) => formatVnd(amount) },
            { title: 'Mã giao dịch', dataIndex: 'reference' },
            { title: 'Thu lúc', dataIndex: 'collectedAt', render: (at: string) => vnDateTime(at) },
          ]}
        />
      ) : null}
      {result.matched.length ? (
        <Table
          size="small"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="reconcile-matched"
          title={() => 'Khớp'}
          rowKey="paymentId"
          dataSource={result.matched}
          columns={[...rowColumns, { title: 'Mã hồ sơ', key: 'code', render: (_: unknown, m) => m.dossierCode }]}
        />
      ) : null}
    </>
  );
}
