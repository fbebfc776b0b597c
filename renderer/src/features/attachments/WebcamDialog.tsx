import { Alert, Button, Modal, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { AttachmentAdded } from '../../../../shared/api';
import { call } from '../../api';
import { captureFrame, photoFileName } from './capture-frame';
import { useCamera } from './use-camera';
import { workErrorText } from './work-error';

/** Photograph a paper (an ID card) with the webcam: a live preview; Chụp (Space) adds the frame as a page. */
export function WebcamDialog({
  dossierId,
  componentCode,
  componentName,
  onCaptured,
  onClose,
}: {
  dossierId: string;
  componentCode: string;
  componentName: string;
  onCaptured: (added: AttachmentAdded) => void;
  onClose: () => void;
}) {
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const { videoRef, ready, error: cameraError, cameras, onPlaying } = useCamera(deviceId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const capture = async () => {
    const video = videoRef.current;
    if (!video || !ready || busy) return;
    setBusy(true);
    setError(null);
    try {
      const contentBase64 = await captureFrame(video).catch(() => {
        throw new Error('frame');
      });
      const added = await call('attachments.add', { dossierId, componentCode, fileName: photoFileName(new Date()), contentBase64 });
      onCaptured(added);
      setDone(`Đã thêm ảnh vào thành phần (${added.pages} trang). Chụp tiếp mặt sau nếu cần, hoặc Đóng.`);
    } catch (failure) {
      setError(failure instanceof Error && failure.message === 'frame' ? 'Chưa có hình từ camera, vui lòng thử lại.' : workErrorText(failure));
    } finally {
      setBusy(false);
    }
  };

  // Space takes a photo wherever the focus is in the dialog, except on a button or a list (they use Space themselves).
  const captureRef = useRef(capture);
  useEffect(() => {
    captureRef.current = capture;
  });
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== ' ' || event.repeat || target?.closest('button, input, textarea, [role="combobox"]')) return;
      event.preventDefault();
      void captureRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Modal
      open
      title={`Chụp ảnh: ${componentName}`}
      onCancel={onClose}
      width={720}
      destroyOnHidden
      maskClosable={false}
      footer={[
        <Button key="close" onClick={onClose}>
          Đóng
        </Button>,
        <Button key="capture" type="primary" onClick={() => void capture()} loading={busy} disabled={!ready} autoFocus>
          Chụp (Space)
        </Button>,
      ]}
    >
      <div className="attachments-webcam" data-testid="webcam-dialog">
        {cameras.length > 1 ? (
          <Select
            aria-label="Chọn camera"
            className="attachments-webcam-select"
            value={deviceId ?? cameras[0]?.deviceId}
            onChange={(id: string) => setDeviceId(id)}
            options={cameras.map((c, i) => ({ value: c.deviceId, label: c.label || `Camera ${i + 1}` }))}
          />
        ) : null}
        <div className="attachments-webcam-frame">
          <video ref={videoRef} muted playsInline onPlaying={onPlaying} aria-label="Hình trực tiếp từ camera" data-ready={ready ? 'true' : 'false'} />
          {!ready && !cameraError ? <span className="attachments-webcam-wait">Đang mở camera…</span> : null}
        </div>
        <p className="attachments-muted">Đặt giấy tờ phẳng, đủ sáng, lấp gần kín khung hình rồi nhấn Chụp.</p>
        {cameraError ? <Alert type="error" showIcon role="alert" title={cameraError} /> : null}
        {done ? <Alert type="success" showIcon role="status" title={done} /> : null}
        {error ? <Alert type="error" showIcon role="alert" title={error} className="attachments-alert" /> : null}
      </div>
    </Modal>
  );
}
