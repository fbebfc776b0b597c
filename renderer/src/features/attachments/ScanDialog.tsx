import { Alert, Button, Form, Modal, Progress, Radio, Select, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AttachmentAdded, ScannerInfo } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { useNow } from '../../ui/use-now';
import { DPI_CHOICES, loadScanSettings, MODE_LABELS, saveScanSettings, SOURCE_LABELS, type ScanSettings } from './scan-settings';

const DRIVER_LABELS: Record<ScannerInfo['driver'], string> = { sane: 'SANE', wia: 'WIA', naps2: 'NAPS2' };

/** Scan into one component: pick the scanner, paper source, resolution and colour, then Quét (Enter). */
export function ScanDialog({
  dossierId,
  componentCode,
  componentName,
  onScanned,
  onClose,
}: {
  dossierId: string;
  componentCode: string;
  componentName: string;
  onScanned: (added: AttachmentAdded) => void;
  onClose: () => void;
}) {
  const [scanners, setScanners] = useState<ScannerInfo[] | null>(null);
  const [settings, setSettings] = useState<ScanSettings>(loadScanSettings);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const now = useNow(startedAt ? 1000 : 60_000);

  const found = useCallback((list: ScannerInfo[]) => {
    setScanners(list);
    setSettings((s) => ({ ...s, scannerId: list.some((f) => f.id === s.scannerId) ? s.scannerId : (list[0]?.id ?? null) }));
  }, []);
  const notFound = useCallback((failure: unknown) => {
    setScanners([]);
    setError(messageOf(failure));
  }, []);

  useEffect(() => {
    call('scanners.list').then(found, notFound);
  }, [found, notFound]);

  const findScanners = () => {
    setScanners(null);
    setError(null);
    call('scanners.list').then(found, notFound);
  };

  const scan = async () => {
    if (!settings.scannerId || startedAt) return;
    saveScanSettings(settings);
    setStartedAt(Date.now());
    setError(null);
    setDone(null);
    try {
      const added = await call('scanners.scan', { dossierId, componentCode, scannerId: settings.scannerId, source: settings.source, dpi: settings.dpi, mode: settings.mode });
      onScanned(added);
      setDone(`Đã quét xong. Thành phần có ${added.pages} trang. Đặt trang tiếp theo rồi nhấn Quét, hoặc Đóng.`);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setStartedAt(null);
    }
  };

  const seconds = startedAt ? Math.max(0, Math.round((now.getTime() - startedAt) / 1000)) : 0;
  const scanning = startedAt !== null;

  return (
    <Modal
      open
      title={`Quét: ${componentName}`}
      onCancel={scanning ? undefined : onClose}
      closable={!scanning}
      maskClosable={false}
      width={520}
      destroyOnHidden
      footer={[
        <Button key="find" onClick={findScanners} disabled={scanning || scanners === null}>
          Tìm lại máy quét
        </Button>,
        <Button key="close" onClick={onClose} disabled={scanning}>
          Đóng
        </Button>,
        <Button key="scan" type="primary" onClick={() => void scan()} loading={scanning} disabled={!settings.scannerId}>
          Quét (Enter)
        </Button>,
      ]}
    >
      <Form
        layout="vertical"
        className="attachments-scan-form"
        data-testid="scan-dialog"
        onKeyDown={(event) => {
          // Enter scans, except while a drop-down list is open (there Enter picks the option).
          if (event.key === 'Enter' && (event.target as HTMLElement).getAttribute('aria-expanded') !== 'true') {
            event.preventDefault();
            void scan();
          }
        }}
      >
        <Form.Item label="Máy quét" htmlFor="scan-scanner">
          {scanners === null ? (
            <span className="attachments-muted">
              <Spin size="small" /> Đang tìm máy quét…
            </span>
          ) : (
            <Select
              id="scan-scanner"
              autoFocus
              value={settings.scannerId ?? undefined}
              onChange={(scannerId: string) => setSettings((s) => ({ ...s, scannerId }))}
              placeholder="Không tìm thấy máy quét nào"
              notFoundContent="Không tìm thấy máy quét nào"
              options={scanners.map((s) => ({ value: s.id, label: `${s.name} (${DRIVER_LABELS[s.driver]})` }))}
            />
          )}
        </Form.Item>
        <Form.Item label="Nguồn giấy">
          <Radio.Group
            value={settings.source}
            onChange={(e) => setSettings((s) => ({ ...s, source: e.target.value as ScanSettings['source'] }))}
            options={(['flatbed', 'feeder'] as const).map((v) => ({ value: v, label: SOURCE_LABELS[v] }))}
            optionType="button"
          />
        </Form.Item>
        <div className="attachments-scan-row">
          <Form.Item label="Độ phân giải" htmlFor="scan-dpi">
            <Select id="scan-dpi" value={settings.dpi} onChange={(dpi: number) => setSettings((s) => ({ ...s, dpi }))} options={DPI_CHOICES.map((d) => ({ value: d, label: `${d} dpi` }))} style={{ width: 130 }} />
          </Form.Item>
          <Form.Item label="Chế độ màu">
            <Radio.Group
              value={settings.mode}
              onChange={(e) => setSettings((s) => ({ ...s, mode: e.target.value as ScanSettings['mode'] }))}
              options={(['color', 'gray', 'bw'] as const).map((v) => ({ value: v, label: MODE_LABELS[v] }))}
              optionType="button"
            />
          </Form.Item>
        </div>
        {scanning ? (
          <div className="attachments-scan-progress" role="status" aria-live="polite">
            <Progress percent={100} status="active" showInfo={false} size="small" />
            <span>
              Đang quét{settings.source === 'feeder' ? ' các trang trong khay nạp' : ''}… {seconds} giây
            </span>
          </div>
        ) : null}
        {done ? <Alert type="success" showIcon title={done} role="status" /> : null}
        {error ? <Alert type="error" showIcon role="alert" title={error} className="attachments-alert" /> : null}
      </Form>
    </Modal>
  );
}
