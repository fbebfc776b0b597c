import { useEffect } from 'react';
import type { AttachmentListItem } from '../../../../shared/api';
import { PageImage } from './PageImage';
import { openAttachmentPdf } from './pdf-pages';

/** After the strip shows, the PDF is opened in the background so the large preview opens at once. */
const WARM_AFTER_MS = 800;

export const THUMB_WIDTH = 76;

/** Every page of the component's PDF, small; a click (or Enter) opens the large preview of that page. */
export function ThumbnailStrip({ attachment, componentName, onOpen }: { attachment: AttachmentListItem; componentName: string; onOpen: (pageNo: number) => void }) {
  const { id, sha256 } = attachment;
  useEffect(() => {
    const timer = setTimeout(() => void openAttachmentPdf(id, sha256).catch(() => {}), WARM_AFTER_MS);
    return () => clearTimeout(timer);
  }, [id, sha256]);
  return (
    <ol className="attachments-strip" aria-label={`Các trang của ${componentName}`} data-testid="thumbnail-strip">
      {Array.from({ length: attachment.pages }, (_, i) => i + 1).map((pageNo) => (
        <li key={`${attachment.sha256}-${pageNo}`}>
          <button type="button" className="attachments-thumb" onClick={() => onOpen(pageNo)} aria-label={`Xem trang ${pageNo}`} title={`Trang ${pageNo}`}>
            <PageImage attachment={attachment} pageNo={pageNo} width={THUMB_WIDTH} alt={`Trang ${pageNo}`} thumbnail />
            <span className="attachments-thumb-no">{pageNo}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
