import { useEffect, useState } from 'react';
import { drawPage, pageThumbnail } from './pdf-pages';

interface PageTarget {
  id: string;
  sha256: string;
}

/**
 * One page for display: the image once ready, or the reason it could not be drawn. A `thumbnail`
 * may be the core's stored one; otherwise the page is drawn with pdf.js at `width`.
 */
export function usePageImage(target: PageTarget, pageNo: number, width: number, turn = 0, thumbnail = false): { src: string | null; error: string | null } {
  const key = `${target.sha256}:${pageNo}:${turn}:${width}:${thumbnail}`;
  const [state, setState] = useState<{ key: string; src: string | null; error: string | null }>({ key, src: null, error: null });
  useEffect(() => {
    let current = true;
    (thumbnail ? pageThumbnail : drawPage)(target, pageNo, width, turn).then(
      (src) => current && setState({ key, src, error: null }),
      () => current && setState({ key, src: null, error: 'Không hiển thị được trang này.' }),
    );
    return () => {
      current = false;
    };
    // The key names everything the drawing depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? { src: state.src, error: state.error } : { src: null, error: null };
}
