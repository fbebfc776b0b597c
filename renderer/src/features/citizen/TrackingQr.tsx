import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** The QR code of the address where the citizen follows the dossier on the portal. */
export function TrackingQr({ url, size }: { url: string; size: number }) {
  const [image, setImage] = useState<{ url: string; data: string } | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: size * 2 }).then(
      (data) => live && setImage({ url, data }),
      () => live && setImage(null),
    );
    return () => {
      live = false;
    };
  }, [url, size]);
  if (!image || image.url !== url) return <div className="citizen-qr-placeholder" style={{ width: size, height: size }} />;
  return <img className="citizen-qr" src={image.data} alt={`Mã QR tra cứu hồ sơ: ${url}`} width={size} height={size} data-testid="citizen-qr" data-url={url} />;
}
