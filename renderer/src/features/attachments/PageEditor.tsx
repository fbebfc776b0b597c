import { Alert, Button, Modal } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AttachmentAdded, AttachmentListItem } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { deletePage, editInput, initialPages, movePage, placePage, rotatePage, type EditedPage } from './page-edits';
import { PageImage } from './PageImage';

const TILE_WIDTH = 120;

export const PAGE_EDITOR_KEYS = 'Mũi tên trái/phải: chọn trang · Ctrl+mũi tên: chuyển trang · R: xoay 90° · Delete: xoá trang · Ctrl+Enter: lưu';

/** Reorder (buttons, keys or drag), rotate and delete pages, then save one new version of the component's PDF. */
export function PageEditor({
  attachment,
  componentName,
  onSaved,
  onClose,
}: {
  attachment: AttachmentListItem;
  componentName: string;
  onSaved: (saved: AttachmentAdded) => void;
  onClose: () => void;
}) {
  const [pages, setPages] = useState<EditedPage[]>(() => initialPages(attachment.pages));
  const [focus, setFocus] = useState(0);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tiles = useRef<Array<HTMLLIElement | null>>([]);
  const changes = editInput(pages, attachment.pages);

  useEffect(() => {
    tiles.current[focus]?.focus();
  }, [focus, pages]);

  const apply = (next: EditedPage[], nextFocus: number) => {
    setPages(next);
    setFocus(Math.max(0, Math.min(next.length - 1, nextFocus)));
    setError(null);
  };
  const move = (index: number, delta: number) => apply(movePage(pages, index, delta), Math.max(0, Math.min(pages.length - 1, index + delta)));
  const rotate = (index: number) => apply(rotatePage(pages, index), index);
  const remove = (index: number) => {
    if (pages.length === 1) {
      setError('Phải giữ lại ít nhất một trang. Để bỏ cả tệp, dùng nút "Xoá tệp".');
      return;
    }
    apply(deletePage(pages, index), index);
  };

  const save = async () => {
    if (!changes || busy) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('attachments.editPages', { id: attachment.id, ...changes }));
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  };

  const onTileKey = (event: KeyboardEvent, index: number) => {
    const jump = event.ctrlKey || event.altKey || event.metaKey;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const delta = event.key === 'ArrowLeft' ? -1 : 1;
      if (jump) move(index, delta);
      else setFocus(Math.max(0, Math.min(pages.length - 1, index + delta)));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      if (jump) move(index, event.key === 'Home' ? -index : pages.length - 1 - index);
      else setFocus(event.key === 'Home' ? 0 : pages.length - 1);
    } else if ((event.key === 'r' || event.key === 'R') && !jump) {
      event.preventDefault();
      rotate(index);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      remove(index);
    }
  };

  const onModalKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <Modal
      open
      title={`Sắp xếp trang: ${componentName}`}
      onCancel={onClose}
      width={Math.min(980, 64 + Math.max(4, pages.length) * (TILE_WIDTH + 44))}
      destroyOnHidden
      maskClosable={false}
      // The dialog takes the focus itself once open: hand it to the current page so the keys work at once.
      afterOpenChange={(open) => open && tiles.current[focus]?.focus()}
      footer={[
        <Button key="cancel" onClick={onClose}>
          Huỷ
        </Button>,
        <Button key="save" type="primary" onClick={() => void save()} loading={busy} disabled={!changes}>
          Lưu thứ tự trang (Ctrl+Enter)
        </Button>,
      ]}
    >
      <div onKeyDown={onModalKey} data-testid="page-editor">
        <p className="attachments-editor-keys">{PAGE_EDITOR_KEYS}</p>
        <ol className="attachments-editor-pages" aria-label="Các trang theo thứ tự mới">
          {pages.map((page, index) => (
            <li
              key={page.source}
              ref={(node) => {
                tiles.current[index] = node;
              }}
              className={`attachments-editor-tile${dragFrom === index ? ' is-dragging' : ''}`}
              tabIndex={index === focus ? 0 : -1}
              aria-label={`Vị trí ${index + 1}: trang gốc ${page.source}${page.turn ? `, xoay ${page.turn}°` : ''}`}
              data-source={page.source}
              data-turn={page.turn}
              onFocus={() => setFocus(index)}
              onKeyDown={(event) => onTileKey(event, index)}
              draggable
              onDragStart={(event) => {
                setDragFrom(index);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragEnd={() => setDragFrom(null)}
              onDragOver={(event) => {
                if (dragFrom !== null) event.preventDefault();
              }}
              onDrop={(event) => {
                event.preventDefault();
                if (dragFrom !== null) apply(placePage(pages, dragFrom, index), index);
                setDragFrom(null);
              }}
            >
              <div className="attachments-editor-image" style={{ width: TILE_WIDTH, height: Math.round(TILE_WIDTH * 1.42) }}>
                <PageImage attachment={attachment} pageNo={page.source} width={TILE_WIDTH} turn={page.turn} alt={`Trang gốc ${page.source}`} thumbnail />
              </div>
              <div className="attachments-editor-label">
                <strong>{index + 1}</strong>
                {page.source !== index + 1 ? <span> (trang gốc {page.source})</span> : null}
                {page.turn ? <span> · {page.turn}°</span> : null}
              </div>
              <div className="attachments-editor-buttons">
                <Button size="small" tabIndex={-1} aria-label={`Chuyển trang ở vị trí ${index + 1} sang trái`} disabled={index === 0} onClick={() => move(index, -1)}>
                  ←
                </Button>
                <Button size="small" tabIndex={-1} aria-label={`Chuyển trang ở vị trí ${index + 1} sang phải`} disabled={index === pages.length - 1} onClick={() => move(index, 1)}>
                  →
                </Button>
                <Button size="small" tabIndex={-1} aria-label={`Xoay trang ở vị trí ${index + 1}`} onClick={() => rotate(index)}>
                  ⟳
                </Button>
                <Button size="small" tabIndex={-1} danger aria-label={`Xoá trang ở vị trí ${index + 1}`} onClick={() => remove(index)}>
                  ✕
                </Button>
              </div>
            </li>
          ))}
        </ol>
        {error ? <Alert type="error" showIcon role="alert" title={error} className="attachments-alert" /> : null}
      </div>
    </Modal>
  );
}
