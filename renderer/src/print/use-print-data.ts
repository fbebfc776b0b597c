import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import type { DossierDetail, SystemInfo } from '../../../shared/api';
import { call, messageOf } from '../api';
import type { FormRequest } from './print-request';

export type PrintData =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; info: SystemInfo; dossier: DossierDetail | null; qrDataUrl: string | null };

async function loadPrintData(request: FormRequest): Promise<PrintData> {
  const info = await call('system.info');
  if (request.kind === 'guidance') return { state: 'ready', info, dossier: null, qrDataUrl: null };
  const dossier = await call('dossiers.get', { id: request.dossierId });
  const qrDataUrl = await QRCode.toDataURL(dossier.code, { errorCorrectionLevel: 'M', margin: 0, width: 240 });
  return { state: 'ready', info, dossier, qrDataUrl };
}

const LOADING: PrintData = { state: 'loading' };

/** The agency, the dossier and the QR code of its code: everything a form needs before it can print. */
export function usePrintData(request: FormRequest): PrintData {
  const key = request.kind === 'guidance' ? JSON.stringify(request.data) : `${request.kind}/${request.dossierId}`;
  const [loaded, setLoaded] = useState<{ key: string; data: PrintData } | null>(null);
  useEffect(() => {
    let current = true;
    const settle = (data: PrintData) => current && setLoaded({ key, data });
    loadPrintData(request).then(settle, (error: unknown) => settle({ state: 'failed', message: messageOf(error) }));
    return () => {
      current = false;
    };
    // `key` stands for the request's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return loaded?.key === key ? loaded.data : LOADING;
}
