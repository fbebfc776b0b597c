import { useState } from 'react';
import type { LogbookPage, LogbookRow, SystemInfo } from '../../../shared/api';
import { call } from '../api';
import { LogbookForm, type LogbookSheet } from './LogbookForm';
import { DocumentShell, useDocumentLoad } from './loaded-document';
import type { LogbookRequest } from './logbook-request';
import './print.css';
import './logbook.css';

/** A printed book takes this many rows at most; a longer period is asked to be narrowed. */
export const LOGBOOK_PRINT_MAX_ROWS = 10_000;

async function load(request: LogbookRequest, printedAt: string): Promise<LogbookSheet> {
  const period = { ...(request.from ? { from: request.from } : {}), ...(request.to ? { to: request.to } : {}) };
  const info: SystemInfo = await call('system.info');
  const rows: LogbookRow[] = [];
  let cursor: string | null = null;
  do {
    const page: LogbookPage = await call('logbook.list', { book: request.book, ...period, limit: 500, ...(cursor ? { cursor } : {}) });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && rows.length < LOGBOOK_PRINT_MAX_ROWS);
  return { book: request.book, ...period, rows: rows.slice(0, LOGBOOK_PRINT_MAX_ROWS), truncated: cursor !== null || rows.length > LOGBOOK_PRINT_MAX_ROWS, agencyName: info.agencyName, counter: Number(request.book.slice(0, 2)), printedAt };
}

/** Sổ theo dõi hồ sơ (Mẫu 07) for a book and a period, alone on A4 landscape. */
export function LogbookDocument({ request, onReady, onFailed }: { request: LogbookRequest; onReady?: () => void; onFailed?: (message: string) => void }) {
  const [printedAt] = useState(() => new Date().toISOString());
  const loaded = useDocumentLoad(`${request.book}/${request.from ?? ''}/${request.to ?? ''}`, () => load(request, printedAt), onReady, onFailed);
  return (
    <DocumentShell load={loaded} className="mc-print mc-logbook" pageRule="@page { size: A4 landscape; margin: 10mm 10mm 10mm 15mm; }" loadingText="Đang chuẩn bị sổ theo dõi hồ sơ…">
      {loaded.state === 'ready' ? <LogbookForm sheet={loaded.value} /> : null}
    </DocumentShell>
  );
}
