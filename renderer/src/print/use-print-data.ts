import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import type { DossierDetail, SystemInfo } from '../../../shared/api';
import { call, messageOf } from '../api';
import type { FormRequest } from './print-request';

export type PrintData =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; info: SystemInfo; dossier: DossierDetail | null; qrDataUrl: string | null; checklist: ChecklistItem[] };

/** A component of the dossier's procedure as the catalogue asks for it (Mẫu 02 names what is missing). */
export interface ChecklistItem {
  name: string;
  originals: number;
  copies: number;
}

/** The procedure's checklist; empty when the catalogue no longer has the procedure. */
async function checklistOf(procedureCode: string): Promise<ChecklistItem[]> {
  try {
    return (await call('catalog.get', { code: procedureCode })).components;
  } catch {
    return [];
  }
}

async function loadPrintData(request: FormRequest): Promise<PrintData> {
  const info = await call('system.info');
  if (request.kind === 'guidance') return { state: 'ready', info, dossier: null, qrDataUrl: null, checklist: [] };
  const dossier = await call('dossiers.get', { id: request.dossierId });
  const qrDataUrl = await QRCode.toDataURL(dossier.code, { errorCorrectionLevel: 'M', margin: 0, width: 240 });
  const checklist = request.kind === 'supplement' ? await checklistOf(dossier.procedureCode) : [];
  return { state: 'ready', info, dossier, qrDataUrl, checklist };
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
