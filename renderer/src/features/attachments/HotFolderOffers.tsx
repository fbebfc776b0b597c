import { App, Button, Popover, Typography } from 'antd';
import { useState, useSyncExternalStore } from 'react';
import type { HotFolderFile } from '../../../../shared/api';
import { call, isDeskApiError, listenToDeskEvent, messageOf } from '../../api';
import { vnDateTime } from '../../ui/vietnam-time';
import { fileSizeText } from './file-size-text';
import './hot-folder-offers.css';

/**
 * The hot folder's offers, shared by every component row on screen: one request per change of
 * the folder (pushed as 'attachments.hotFolder'), however many rows show them.
 */
const offersStore = (() => {
  let offers: HotFolderFile[] = [];
  let users = 0;
  let stopListening: (() => void) | null = null;
  const subscribers = new Set<() => void>();
  const publish = (next: HotFolderFile[]) => {
    offers = next;
    for (const notify of subscribers) notify();
  };
  const load = () => call('attachments.hotFolderFiles').then(publish, () => publish([]));
  return {
    get: () => offers,
    load,
    subscribe(notify: () => void) {
      subscribers.add(notify);
      if (users++ === 0) {
        void load();
        stopListening = listenToDeskEvent('attachments.hotFolder', () => void load());
      }
      return () => {
        subscribers.delete(notify);
        if (--users === 0) stopListening?.();
      };
    },
  };
})();

/**
 * Files a scan-to-folder printer left in the hot folder, offered to the component the officer is
 * on: "Thư mục quét (n)" opens the list; "Đưa vào thành phần này" takes one through the same
 * checks as an import. Nothing shows while the folder has no file.
 */
export function HotFolderOffers({ dossierId, componentCode, componentName, onAdded }: { dossierId: string; componentCode: string; componentName?: string; onAdded: () => void }) {
  const offers = useSyncExternalStore(offersStore.subscribe, offersStore.get);
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [taking, setTaking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ready = offers.filter((o) => !o.refusal).length;

  if (offers.length === 0) return null;

  const take = async (offer: HotFolderFile) => {
    setTaking(offer.token);
    setError(null);
    try {
      const added = await call('attachments.addFromHotFolder', { dossierId, componentCode, token: offer.token });
      message.success(`Đã đưa "${offer.name}" vào ${componentName ? `thành phần "${componentName}"` : 'thành phần'} (${added.pages} trang).`);
      if (offers.length === 1) setOpen(false); // that was the last one
      onAdded();
      void offersStore.load();
    } catch (failure) {
      // A refused file shows its reason on its own line (kept by the core); other failures here.
      if (!(isDeskApiError(failure) && failure.code === 'FILE_REFUSED')) setError(`${offer.name}: ${messageOf(failure)}`);
      void offersStore.load();
    } finally {
      setTaking(null);
    }
  };

  const list = (
    <div className="hot-folder-offers" data-testid="hot-folder-offers">
      <ul className="hot-folder-list" aria-label="Tệp trong thư mục quét">
        {offers.map((offer) => (
          <li key={offer.token} className={`hot-folder-item${offer.refusal ? ' is-refused' : ''}`} data-testid="hot-folder-offer">
            <div className="hot-folder-item-text">
              <span className="hot-folder-item-name" title={offer.name}>
                {offer.name}
              </span>
              <span className="hot-folder-item-facts">
                {fileSizeText(offer.bytes)} · {vnDateTime(offer.modifiedAt)}
              </span>
              {offer.refusal ? (
                <Typography.Text type="danger" className="hot-folder-item-refusal">
                  Không nhận được: {offer.refusal}
                </Typography.Text>
              ) : null}
            </div>
            {offer.refusal ? (
              // The same bytes would be refused again; a changed file comes back as a new offer.
              <span className="hot-folder-item-hint">Sửa hoặc quét lại tệp</span>
            ) : (
              <Button size="small" type="primary" loading={taking === offer.token} disabled={taking !== null && taking !== offer.token} onClick={() => void take(offer)}>
                Đưa vào thành phần này
              </Button>
            )}
          </li>
        ))}
      </ul>
      {error ? (
        <Typography.Text type="danger" role="alert" className="hot-folder-error">
          {error}
        </Typography.Text>
      ) : null}
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
      trigger="click"
      placement="bottomLeft"
      title={componentName ? `Thư mục quét → ${componentName}` : 'Thư mục quét'}
      content={list}
    >
      <Button size="small" data-testid="hot-folder-button" aria-label={`Thư mục quét: ${offers.length} tệp${componentName ? `, cho ${componentName}` : ''}`}>
        Thư mục quét{' '}
        <span className={`hot-folder-badge${ready ? '' : ' is-empty'}`}>{offers.length}</span>
      </Button>
    </Popover>
  );
}

