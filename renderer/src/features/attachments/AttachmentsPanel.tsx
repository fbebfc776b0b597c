import { Alert, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import type { AttachmentListItem } from '../../../../shared/api';
import { ComponentAttachmentRow, type PanelComponent } from './ComponentAttachmentRow';
import { useAttachments } from './use-attachments';
import './attachments.css';
import { isShownOnly } from '../../../../shared/catalog/component-form';

/**
 * A file dropped beside a component's row would make the browser open it in place of the app (the
 * host in a browser; the Electron window refuses such navigation itself): while the panel is on
 * screen, a drop outside a row does nothing.
 */
function useMissedDropGuard() {
  useEffect(() => {
    const swallow = (event: DragEvent) => {
      if (!event.dataTransfer || !Array.from(event.dataTransfer.types).includes('Files')) return;
      if ((event.target as Element | null)?.closest?.('[data-testid="attachment-row"]')) return;
      event.preventDefault();
      if (event.type === 'dragover') event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', swallow);
    window.addEventListener('drop', swallow);
    return () => {
      window.removeEventListener('dragover', swallow);
      window.removeEventListener('drop', swallow);
    };
  }, []);
}

/** "Số hoá thành phần": each component of the dossier with its one PDF, and the sources to fill it. */
export function AttachmentsPanel({ dossierId, components }: { dossierId: string; components: PanelComponent[] }) {
  const { items, error, reload } = useAttachments(dossierId);
  useMissedDropGuard();
  const byComponent = new Map<string, AttachmentListItem>((items ?? []).map((item) => [item.componentCode, item]));
  // A paper only shown (xuất trình) is checked and given back: it may be scanned, it is not counted (as in Decision 766's figure).
  const toDigitise = components.filter((c) => !isShownOnly(c.name));
  const done = toDigitise.filter((c) => byComponent.has(c.code)).length;

  return (
    <section className="attachments-panel" aria-labelledby={`attachments-title-${dossierId}`} data-testid="attachments-panel">
      <div className="attachments-panel-head">
        <Typography.Title level={5} id={`attachments-title-${dossierId}`} className="attachments-panel-title">
          Số hoá thành phần
        </Typography.Title>
        {items ? (
          <span className="attachments-panel-count" data-testid="attachments-count">
            Đã số hoá {done}/{toDigitise.length} thành phần
          </span>
        ) : null}
      </div>
      {error ? <Alert type="error" showIcon role="alert" title={`Không tải được tệp đính kèm: ${error}`} /> : null}
      {!items && !error ? <Spin size="small" /> : null}
      {items ? (
        components.length ? (
          <ol className="attachments-rows">
            {components.map((component) => (
              <ComponentAttachmentRow key={component.code} dossierId={dossierId} component={component} attachment={byComponent.get(component.code) ?? null} onChanged={() => void reload()} />
            ))}
          </ol>
        ) : (
          <Typography.Text type="secondary">Thủ tục này không có thành phần hồ sơ.</Typography.Text>
        )
      ) : null}
    </section>
  );
}
