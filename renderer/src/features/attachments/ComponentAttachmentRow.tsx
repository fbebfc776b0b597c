import { Alert, App, Button, Popconfirm, Spin, Tag } from 'antd';
import { useCallback, useRef, useState, type DragEvent } from 'react';
import type { AttachmentAdded, AttachmentListItem } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { fileSizeText } from './file-size-text';
import { HotFolderOffers } from './HotFolderOffers';
import { ACCEPTED_FILES } from './import-files';
import { PageEditor } from './PageEditor';
import { PagePreview } from './PagePreview';
import { ScanDialog } from './ScanDialog';
import { ThumbnailStrip } from './ThumbnailStrip';
import { useComponentImport } from './use-component-import';
import { WebcamDialog } from './WebcamDialog';
import { isShownOnly } from '../../../../shared/catalog/component-form';

export interface PanelComponent {
  code: string;
  name: string;
  required: boolean;
}

type Dialog = { kind: 'scan' } | { kind: 'webcam' } | { kind: 'edit' } | { kind: 'preview'; pageNo: number } | null;

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/** One component of the dossier: its PDF (pages, size, sent or not, thumbnails) and every way to add pages to it. */
export function ComponentAttachmentRow({
  dossierId,
  component,
  attachment,
  onChanged,
}: {
  dossierId: string;
  component: PanelComponent;
  attachment: AttachmentListItem | null;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dragOver, setDragOver] = useState(false);
  const [removing, setRemoving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const added = useCallback((_: AttachmentAdded) => onChanged(), [onChanged]);
  const imported = useCallback(
    (result: AttachmentAdded) => {
      message.success(`Đã nhận tệp vào "${component.name}": ${result.pages} trang.`);
      onChanged();
    },
    [message, component.name, onChanged],
  );
  const { busy, error, setError, importFiles } = useComponentImport(dossierId, component.code, imported);

  const remove = async () => {
    if (!attachment) return;
    setRemoving(true);
    try {
      await call('attachments.remove', { id: attachment.id });
      message.success(`Đã xoá tệp của thành phần "${component.name}".`);
      onChanged();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setRemoving(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragOver(false);
    void importFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <li
      className={`attachments-row${dragOver ? ' is-drag-over' : ''}${attachment ? ' is-done' : ''}`}
      data-testid="attachment-row"
      data-component={component.code}
      data-pages={attachment?.pages ?? 0}
      aria-label={component.name}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragOver(false);
      }}
      onDrop={onDrop}
    >
      <div className="attachments-row-head">
        <span className="attachments-row-name">
          {component.name}
          {component.required ? <span className="attachments-required"> *</span> : null}
        </span>
        {attachment ? (
          <span className="attachments-row-facts" data-testid="attachment-facts">
            {attachment.pages} trang · {fileSizeText(attachment.bytes)}{' '}
            {attachment.synced ? <Tag color="green">Đã gửi lên cổng</Tag> : <Tag color="gold">Chưa gửi lên cổng</Tag>}
          </span>
        ) : (
          <Tag className="attachments-row-facts">{isShownOnly(component.name) ? 'Xuất trình: không bắt buộc số hoá' : 'Chưa số hoá'}</Tag>
        )}
      </div>

      {attachment ? <ThumbnailStrip attachment={attachment} componentName={component.name} onOpen={(pageNo) => setDialog({ kind: 'preview', pageNo })} /> : null}

      <div className="attachments-row-sources" role="group" aria-label={`Thêm trang cho ${component.name}`}>
        <Button size="small" onClick={() => fileInput.current?.click()} disabled={busy !== null}>
          Chọn tệp…
        </Button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          hidden
          aria-label={`Chọn tệp cho ${component.name}`}
          data-testid="attachment-file-input"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            void importFiles(files);
          }}
        />
        <Button size="small" onClick={() => setDialog({ kind: 'scan' })} disabled={busy !== null}>
          Quét…
        </Button>
        <Button size="small" onClick={() => setDialog({ kind: 'webcam' })} disabled={busy !== null}>
          Chụp ảnh…
        </Button>
        <HotFolderOffers dossierId={dossierId} componentCode={component.code} componentName={component.name} onAdded={onChanged} />
        {attachment ? (
          <span className="attachments-row-edit">
            <Button size="small" onClick={() => setDialog({ kind: 'edit' })}>
              Sắp xếp trang…
            </Button>
            <Popconfirm
              title={`Xoá tệp của "${component.name}"?`}
              description={`${attachment.pages} trang sẽ bị bỏ khỏi hồ sơ.`}
              okText="Xoá tệp"
              cancelText="Không xoá"
              okButtonProps={{ danger: true }}
              // The safe answer has the focus: Enter twice never removes a file by accident.
              cancelButtonProps={{ autoFocus: true }}
              onConfirm={() => void remove()}
            >
              <Button size="small" danger loading={removing}>
                Xoá tệp
              </Button>
            </Popconfirm>
          </span>
        ) : null}
        <span className="attachments-drop-hint">{dragOver ? 'Thả tệp để thêm vào thành phần này' : 'hoặc kéo thả tệp PDF, JPEG, PNG, TIFF vào đây'}</span>
      </div>

      {busy ? (
        <div className="attachments-row-busy" role="status">
          <Spin size="small" /> {busy}
        </div>
      ) : null}
      {error ? <Alert type="error" showIcon role="alert" title={error} closable={{ 'aria-label': 'Đóng thông báo lỗi' }} onClose={() => setError(null)} className="attachments-alert" /> : null}

      {dialog?.kind === 'scan' ? <ScanDialog dossierId={dossierId} componentCode={component.code} componentName={component.name} onScanned={added} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'webcam' ? <WebcamDialog dossierId={dossierId} componentCode={component.code} componentName={component.name} onCaptured={added} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' && attachment ? (
        <PageEditor
          attachment={attachment}
          componentName={component.name}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            message.success('Đã lưu thứ tự trang.');
            onChanged();
          }}
        />
      ) : null}
      {dialog?.kind === 'preview' && attachment ? <PagePreview attachment={attachment} componentName={component.name} startPage={dialog.pageNo} onClose={() => setDialog(null)} /> : null}
    </li>
  );
}
