import { Alert, Button, Card, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CatalogSyncResult } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { methodOfKey } from '../../api/query-keys';

/** "Danh mục thủ tục" (supervisor, admin): takes the portal's changes to the procedure catalogue now (catalog.sync). */
export function CatalogSyncCard() {
  const queryClient = useQueryClient();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<CatalogSyncResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setRunning(true);
    setError(null);
    setResult(null);
    try {
      setResult(await call('catalog.sync', {}));
      // Intake, the queue's filter and every open procedure read the catalogue again.
      await queryClient.invalidateQueries({ predicate: (query) => methodOfKey(query.queryKey).startsWith('catalog.') });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Card title="Danh mục thủ tục" data-testid="catalog-sync">
      <Typography.Paragraph type="secondary">
        Lấy các thủ tục mới, thay đổi hoặc bãi bỏ từ cổng dịch vụ công. Khi không kết nối được cổng, danh mục đang dùng giữ nguyên.
      </Typography.Paragraph>
      <Typography.Paragraph>
        <Button type="primary" onClick={() => void run()} loading={running}>
          Cập nhật danh mục
        </Button>
      </Typography.Paragraph>
      {result ? (
        <Alert
          type={result.issues > 0 ? 'warning' : 'success'}
          showIcon
          data-testid="catalog-sync-result"
          title={`Đã cập nhật danh mục: thêm ${result.added}, thay đổi ${result.changed}, bãi bỏ ${result.withdrawn} thủ tục.`}
          description={result.issues > 0 ? `${result.issues} thủ tục cần bổ sung thông tin hoặc chưa nhận được.` : undefined}
        />
      ) : null}
      {error ? <Alert type="error" showIcon data-testid="catalog-sync-error" title={error} /> : null}
    </Card>
  );
}
