import { Spin } from 'antd';
import { usePageImage } from './use-page-image';

interface PageImageProps {
  attachment: { id: string; sha256: string };
  pageNo: number;
  /** Drawing width in CSS pixels. */
  width: number;
  turn?: number;
  alt: string;
  /** Small picture: the core's stored thumbnail will do when it has one. */
  thumbnail?: boolean;
}

/** One page of a component's PDF, drawn with pdf.js (scans and imported PDFs alike). */
export function PageImage({ attachment, pageNo, width, turn = 0, alt, thumbnail = false }: PageImageProps) {
  const { src, error } = usePageImage(attachment, pageNo, width, turn, thumbnail);
  if (src) return <img className="attachments-page-img" src={src} alt={alt} data-page={pageNo} draggable={false} />;
  return (
    <span className="attachments-page-wait" role="img" aria-label={error ?? `${alt} (đang hiển thị)`}>
      {error ? <span className="attachments-page-error">{error}</span> : <Spin size="small" />}
    </span>
  );
}
