import type { AttachmentListItem } from '../../../../shared/api';
import { PageImage } from './PageImage';

export const THUMB_WIDTH = 76;

/** Every page of the component's PDF, small; a click (or Enter) opens the large preview of that page. */
export function ThumbnailStrip({ attachment, componentName, onOpen }: { attachment: AttachmentListItem; componentName: string; onOpen: (pageNo: number) => void }) {
  return (
    <ol className="attachments-strip" aria-label={`Các trang của ${componentName}`} data-testid="thumbnail-strip">
      {Array.from({ length: attachment.pages }, (_, i) => i + 1).map((pageNo) => (
        <li key={`${attachment.sha256}-${pageNo}`}>
          <button type="button" className="attachments-thumb" onClick={() => onOpen(pageNo)} aria-label={`Xem trang ${pageNo}`} title={`Trang ${pageNo}`}>
            <PageImage attachment={attachment} pageNo={pageNo} width={THUMB_WIDTH} alt={`Trang ${pageNo}`} />
            <span className="attachments-thumb-no">{pageNo}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
