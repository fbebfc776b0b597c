import { Alert, Button, DatePicker, Form, Input, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { AccessLogItem } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { vnSecondsDate } from '../../ui/vietnam-time';

interface Filters {
  dossierId?: string;
  user?: string;
  from?: string;
  to?: string;
}

const PURPOSE_TEXT: Record<AccessLogItem['purpose'], string> = { view: 'Xem', search: 'Tìm kiếm', print: 'In', export: 'Xuất tệp' };

/** Truy cập dữ liệu cá nhân (admin): who read which dossier, or searched which words, and how. */
export function AccessLogTab() {
  const [items, setItems] = useState<AccessLogItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>({});
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (next: Filters, after: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await call('privacy.accessLog', { ...next, limit: 100, ...(after ? { cursor: after } : {}) });
      setItems((current) => (after ? [...current, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setLoading(false);
    }
  }, []);
  // The first page on opening (setState only in the answer's callbacks).
  useEffect(() => {
    call('privacy.accessLog', { limit: 100 }).then(
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
  }, []);

  const apply = (values: { dossierId?: string; user?: string; days?: [Dayjs | null, Dayjs | null] | null }) => {
    const next: Filters = {};
    if (values.dossierId?.trim()) next.dossierId = values.dossierId.trim();
    if (values.user?.trim()) next.user = values.user.trim();
    const [from, to] = values.days ?? [];
    if (from) next.from = from.format('YYYY-MM-DD');
    if (to) next.to = to.format('YYYY-MM-DD');
    setFilters(next);
    void load(next, null);
  };

  return (
    <div data-testid="access-log">
      <Form layout="vertical" className="mc-audit-filters" onFinish={apply}>
        <Form.Item name="dossierId" label="Hồ sơ">
          <Input placeholder="Mã hồ sơ hoặc mã nội bộ" allowClear style={{ width: 250 }} />
        </Form.Item>
        <Form.Item name="user" label="Người dùng">
          <Input placeholder="Tên đăng nhập" allowClear style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="days" label="Ngày">
          <DatePicker.RangePicker format="DD/MM/YYYY" placeholder={['Từ ngày', 'Đến ngày']} allowEmpty={[true, true]} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          Lọc
        </Button>
      </Form>
      {error ? <Alert type="error" showIcon message={error} /> : null}
      <Table<AccessLogItem>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ y: 380 }}
        dataSource={items}
        locale={{ emptyText: 'Chưa có lượt truy cập nào khớp bộ lọc.' }}
        columns={[
          { title: 'Thời gian', dataIndex: 'at', width: 150, render: (at: string) => vnSecondsDate(at) },
          { title: 'Người dùng', dataIndex: 'username', width: 110 },
          { title: 'Thao tác', dataIndex: 'purpose', width: 90, render: (p: AccessLogItem['purpose']) => PURPOSE_TEXT[p] },
          { title: 'Chức năng', dataIndex: 'method', width: 180 },
          { title: 'Hồ sơ', dataIndex: 'dossierCode', width: 220 },
          { title: 'Từ khoá / số giấy tờ', dataIndex: 'words', width: 170 },
          { title: 'Chi tiết', dataIndex: 'detail' },
        ]}
      />
      <div style={{ marginTop: 8, display: 'flex', gap: 12, alignItems: 'center' }}>
        <Typography.Text type="secondary">Đang hiện {items.length} lượt{cursor ? ', còn nữa' : ''}. Lưu 24 tháng (đổi trong cài đặt của quản trị viên).</Typography.Text>
        {cursor ? (
          <Button size="small" onClick={() => void load(filters, cursor)} loading={loading}>
            Tải thêm
          </Button>
        ) : null}
      </div>
    </div>
  );
}
