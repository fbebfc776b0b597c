import { Alert, Button, DatePicker, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, type AuditHead, type AuditListItem, type AuditVerification } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { downloadBase64File, XLSX_TYPE } from '../../ui/download-file';
import { groupedHash } from '../../ui/grouped-hash';
import { vnSecondsDate } from '../../ui/vietnam-time';

export interface AuditFilters {
  from?: string;
  to?: string;
  user?: string;
  method?: string;
  entityId?: string;
}

interface FormValues {
  user?: string;
  method?: string;
  entityId?: string;
  days?: [Dayjs | null, Dayjs | null] | null;
}

const PAGE = 100;

/** Every method name and every area ("dossiers."), for the Chức năng filter. */
const METHOD_OPTIONS = (() => {
  const names = Object.keys(api).sort();
  const areas = [...new Set(names.map((n) => `${n.split('.')[0]}.`))];
  return [...areas.map((a) => ({ value: a, label: `${a}* (cả nhóm)` })), ...names.map((n) => ({ value: n, label: n }))];
})();

export function filtersOf(values: FormValues): AuditFilters {
  const clean = (v?: string) => (v && v.trim() ? v.trim() : undefined);
  const [from, to] = values.days ?? [];
  const filters: AuditFilters = {};
  if (from) filters.from = from.format('YYYY-MM-DD');
  if (to) filters.to = to.format('YYYY-MM-DD');
  const user = clean(values.user);
  if (user) filters.user = user;
  const method = clean(values.method);
  if (method) filters.method = method;
  const entityId = clean(values.entityId);
  if (entityId) filters.entityId = entityId;
  return filters;
}

/** One JSON text of the audit, indented when it parses. */
function prettyJson(text: string | null): string {
  if (!text) return '';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** Nhật ký thao tác: the audit with filters, pages of 100, the chain check and the Excel export. */
export function AuditTrailTab() {
  const [form] = Form.useForm<FormValues>();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [items, setItems] = useState<AuditListItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [head, setHead] = useState<AuditHead | null>(null);

  const load = useCallback(async (next: AuditFilters, after: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await call('audit.list', { ...next, limit: PAGE, ...(after ? { cursor: after } : {}) });
      setItems((current) => (after ? [...current, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (e) {
      setError(messageOf(e));
      if (!after) setItems([]);
    } finally {
      setLoading(false);
    }
  }, []);

  // The first page on opening (setState only in the answers' callbacks).
  useEffect(() => {
    call('audit.list', { limit: PAGE }).then(
      (page) => {
        setItems(page.items);
        setCursor(page.nextCursor);
        setLoading(false);
      },
      (e: unknown) => {
        setError(messageOf(e));
        setLoading(false);
      },
    );
    call('audit.head').then(setHead, () => {});
  }, []);

  const apply = (values: FormValues) => {
    const next = filtersOf(values);
    setFilters(next);
    void load(next, null);
  };

  const verify = async () => {
    setVerifying(true);
    try {
      setVerification(await call('audit.verify'));
      setHead(await call('audit.head'));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setVerifying(false);
    }
  };

  const exportExcel = async () => {
    setExporting(true);
    try {
      const file = await call('audit.exportExcel', filters);
      downloadBase64File(file.fileName, file.contentBase64, XLSX_TYPE);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setExporting(false);
    }
  };

  const columns = useMemo(
    () => [
      { title: 'Số', dataIndex: 'id', width: 70 },
      { title: 'Thời gian', dataIndex: 'at', width: 150, render: (at: string) => vnSecondsDate(at) },
      { title: 'Người dùng', dataIndex: 'username', width: 110, render: (u: string | null) => u ?? <Typography.Text type="secondary">(hệ thống)</Typography.Text> },
      { title: 'Chức năng', dataIndex: 'method', width: 190 },
      {
        title: 'Đối tượng',
        key: 'entity',
        width: 230,
        render: (_: unknown, row: AuditListItem) => (row.dossierCode ? `Hồ sơ ${row.dossierCode}` : [row.entity, row.entityId].filter(Boolean).join(' ')),
      },
      { title: 'Nội dung', dataIndex: 'after', render: (after: string | null) => <span className="mc-audit-cell">{after ?? ''}</span> },
    ],
    [],
  );

  return (
    <div data-testid="audit-trail">
      <Form form={form} layout="vertical" className="mc-audit-filters" onFinish={apply}>
        <Form.Item name="user" label="Người dùng">
          <Input placeholder="Tên đăng nhập" allowClear style={{ width: 150 }} data-testid="audit-filter-user" />
        </Form.Item>
        <Form.Item name="method" label="Chức năng">
          <Select showSearch allowClear options={METHOD_OPTIONS} placeholder="Mọi chức năng" style={{ width: 230 }} data-testid="audit-filter-method" />
        </Form.Item>
        <Form.Item name="entityId" label="Hồ sơ / đối tượng">
          <Input placeholder="Mã hồ sơ hoặc mã nội bộ" allowClear style={{ width: 250 }} data-testid="audit-filter-entity" />
        </Form.Item>
        <Form.Item name="days" label="Ngày">
          <DatePicker.RangePicker format="DD/MM/YYYY" placeholder={['Từ ngày', 'Đến ngày']} allowEmpty={[true, true]} data-testid="audit-filter-days" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="audit-filter-apply">
          Lọc
        </Button>
      </Form>
      <div className="mc-audit-toolbar">
        <Button onClick={() => void verify()} loading={verifying} data-testid="audit-verify">
          Kiểm tra toàn vẹn nhật ký
        </Button>
        <Button onClick={() => void exportExcel()} loading={exporting} data-testid="audit-export">
          Xuất Excel
        </Button>
        {head ? (
          <span className="mc-audit-head" data-testid="audit-head">
            Đầu chuỗi: dòng {head.id} · {groupedHash(head.hash).slice(0, 35)}…
          </span>
        ) : null}
      </div>
      {verification ? (
        verification.ok ? (
          <Alert type="success" showIcon data-testid="audit-verify-result" message={`Nhật ký nguyên vẹn: đã kiểm tra ${verification.checked.toLocaleString('vi-VN')} dòng, chuỗi mã kiểm tra khớp.`} />
        ) : (
          <Alert
            type="error"
            showIcon
            data-testid="audit-verify-result"
            message={`Nhật ký đã bị thay đổi từ dòng ${verification.firstBroken?.id} (${vnSecondsDate(verification.firstBroken?.at)}): ${verification.firstBroken?.reason ?? ''}.`}
          />
        )
      ) : null}
      {error ? <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} data-testid="audit-error" /> : null}
      <Table<AuditListItem>
        style={{ marginTop: 12 }}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={loading && items.length === 0}
        pagination={false}
        scroll={{ y: 330 }}
        locale={{ emptyText: 'Không có dòng nào khớp bộ lọc.' }}
        expandable={{
          expandedRowRender: (row) => (
            <Space align="start" size={24} style={{ width: '100%' }}>
              <div style={{ flex: 1 }}>
                <b>Trước</b>
                <pre className="mc-audit-json">{prettyJson(row.before) || '(không có)'}</pre>
              </div>
              <div style={{ flex: 1 }}>
                <b>Sau</b>
                <pre className="mc-audit-json">{prettyJson(row.after) || '(không có)'}</pre>
              </div>
            </Space>
          ),
        }}
        data-testid="audit-table"
      />
      <div style={{ marginTop: 8, display: 'flex', gap: 12, alignItems: 'center' }}>
        <Typography.Text type="secondary" data-testid="audit-count">
          Đang hiện {items.length.toLocaleString('vi-VN')} dòng{cursor ? ', còn nữa' : ''}.
        </Typography.Text>
        {cursor ? (
          <Button size="small" onClick={() => void load(filters, cursor)} loading={loading} data-testid="audit-more">
            Tải thêm
          </Button>
        ) : null}
      </div>
    </div>
  );
}
