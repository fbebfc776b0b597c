import { Button, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { AttachmentListItem } from '../../../../shared/api';
import { PageImage } from './PageImage';

const PREVIEW_WIDTH = 720;

/** One page large, with ← and → to the neighbouring pages. */
export function PagePreview({ attachment, componentName, startPage, onClose }: { attachment: AttachmentListItem; componentName: string; startPage: number; onClose: () => void }) {
  const [pageNo, setPageNo] = useState(startPage);
  const body = useRef<HTMLDivElement>(null);
  const go = (delta: number) => setPageNo((n) => Math.max(1, Math.min(attachment.pages, n + delta)));
  // ← → (and Page Up/Down) turn pages wherever the focus is while the preview is open, even during its opening animation.
  const last = attachment.pages;
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const delta = event.key === 'ArrowLeft' || event.key === 'PageUp' ? -1 : event.key === 'ArrowRight' || event.key === 'PageDown' ? 1 : 0;
      if (!delta || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      setPageNo((n) => Math.max(1, Math.min(last, n + delta)));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [last]);

  return (
    <Modal
      open
      title={`${componentName}: trang ${pageNo}/${attachment.pages}`}
      onCancel={onClose}
      width={PREVIEW_WIDTH + 48}
      style={{ top: 12, paddingBottom: 0 }}
      destroyOnHidden
      // The dialog takes the focus itself once open: give it to the page so ← and → work at once.
      afterOpenChange={(open) => open && body.current?.focus()}
      footer={
        <div className="attachments-preview-nav">
          <Button onClick={() => go(-1)} disabled={pageNo <= 1}>
            ← Trang trước
          </Button>
          <span className="attachments-preview-count">
            Trang {pageNo}/{attachment.pages}
          </span>
          <Button onClick={() => go(1)} disabled={pageNo >= attachment.pages}>
            Trang sau →
          </Button>
        </div>
      }
    >
      <div ref={body} className="attachments-preview" tabIndex={0} data-testid="page-preview" aria-label={`Trang ${pageNo}. Phím mũi tên trái, phải để chuyển trang.`}>
        <PageImage attachment={attachment} pageNo={pageNo} width={PREVIEW_WIDTH} alt={`${componentName}, trang ${pageNo}`} />
      </div>
    </Modal>
  );
}
