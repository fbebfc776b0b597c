import { useCallback, useEffect, useRef, useState } from 'react';

/** Why the camera could not start, in Vietnamese. */
function cameraErrorText(failure: unknown): string {
  const name = (failure as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'Ứng dụng không được phép dùng camera. Hãy cho phép truy cập camera rồi thử lại.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'Không tìm thấy camera nào gắn với máy tính.';
  if (name === 'NotReadableError' || name === 'AbortError') return 'Camera đang được một chương trình khác sử dụng hoặc bị lỗi.';
  return 'Không mở được camera.';
}

const UNSUPPORTED = 'Máy tính này không hỗ trợ camera trong ứng dụng.';

/** A live video stream from the chosen camera (video only, never the microphone), stopped on unmount or on a change of camera. */
export function useCamera(deviceId: string | null) {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [state, setState] = useState<{ deviceId: string | null; ready: boolean; error: string | null }>({ deviceId, ready: false, error: null });
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const supported = typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

  useEffect(() => {
    if (!supported) return;
    let stream: MediaStream | null = null;
    let current = true;
    navigator.mediaDevices
      .getUserMedia({ audio: false, video: { ...(deviceId ? { deviceId: { exact: deviceId } } : {}), width: { ideal: 1920 }, height: { ideal: 1080 } } })
      .then(async (opened) => {
        if (!current) {
          opened.getTracks().forEach((t) => t.stop());
          return;
        }
        stream = opened;
        const video = videoRef.current;
        if (video) {
          video.srcObject = opened;
          await video.play().catch(() => {});
        }
        const devices = await navigator.mediaDevices.enumerateDevices();
        if (current) setCameras(devices.filter((d) => d.kind === 'videoinput'));
      })
      .catch((failure: unknown) => current && setState({ deviceId, ready: false, error: cameraErrorText(failure) }));
    return () => {
      current = false;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [deviceId, supported]);

  const onPlaying = useCallback(() => setState({ deviceId, ready: true, error: null }), [deviceId]);
  const mine = state.deviceId === deviceId;
  return { videoRef, ready: mine && state.ready, error: supported ? (mine ? state.error : null) : UNSUPPORTED, cameras, onPlaying };
}
