import { useEffect, useState, type ReactNode } from 'react';
import { messageOf } from '../api';

/** What a printed document has loaded so far. */
export type DocumentLoad<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; value: T };

const LOADING = { state: 'loading' } as const;

/**
 * Loads what one printed document needs, again whenever `key` (the request's content) changes; an
 * answer for an older key is dropped. `onReady` / `onFailed` are told once it has settled.
 */
export function useDocumentLoad<T>(key: string, load: () => Promise<T>, onReady?: () => void, onFailed?: (message: string) => void): DocumentLoad<T> {
  const [loaded, setLoaded] = useState<{ key: string; data: DocumentLoad<T> } | null>(null);

  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setLoaded({ key, data: { state: 'ready', value } }),
      (error: unknown) => current && setLoaded({ key, data: { state: 'failed', message: messageOf(error) } }),
    );
    return () => {
      current = false;
    };
    // `key` stands for the request's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const data: DocumentLoad<T> = loaded?.key === key ? loaded.data : LOADING;
  useEffect(() => {
    if (data.state === 'ready') onReady?.();
    if (data.state === 'failed') onFailed?.(data.message);
  }, [data, onReady, onFailed]);
  return data;
}

/**
 * The root of a printed document: its @page rule, then the sheets once loaded, or a status line.
 * data-testid is print-loading, print-failed or print-ready (what print-in-page and the tests wait for).
 */
export function DocumentShell({
  load,
  className,
  pageRule,
  loadingText,
  paper,
  children,
}: {
  load: DocumentLoad<unknown>;
  className: string;
  pageRule: string;
  /** "Đang chuẩn bị biên lai…" */
  loadingText: string;
  /** The paper it is laid out on, as data-paper (receipts). */
  paper?: string;
  children: ReactNode;
}) {
  const testId = load.state === 'ready' ? 'print-ready' : load.state === 'failed' ? 'print-failed' : 'print-loading';
  return (
    <div className={className} data-testid={testId} data-paper={paper}>
      <style>{pageRule}</style>
      {load.state === 'ready' ? children : null}
      {load.state === 'loading' ? <p className="mc-status">{loadingText}</p> : null}
      {load.state === 'failed' ? <p className="mc-status">Không in được: {load.message}</p> : null}
    </div>
  );
}
