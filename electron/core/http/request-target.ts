/**
 * The request line's target, read without ever throwing: only the origin form (`/path?query`) is
 * taken; an absolute form (`http://host/...`), `*` or a path with malformed percent-encoding is
 * refused by the callers with a 400 instead of reaching `new URL` or `decodeURIComponent`.
 */
export interface RequestTarget {
  /** The decoded path (`%2F` stays decoded; callers resolve it inside their own root). */
  pathname: string;
  /** The raw path as sent, before decoding. */
  rawPathname: string;
  query: URLSearchParams;
}

/** `decodeURIComponent` that answers null instead of throwing URIError. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function parseRequestTarget(rawUrl: string | undefined): RequestTarget | null {
  if (!rawUrl || !rawUrl.startsWith('/')) return null;
  const queryAt = rawUrl.indexOf('?');
  const rawPathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const pathname = safeDecode(rawPathname);
  if (pathname === null || pathname.includes('\0')) return null;
  // URLSearchParams never throws: malformed escapes are kept as they are.
  const query = new URLSearchParams(queryAt === -1 ? '' : rawUrl.slice(queryAt + 1));
  return { pathname, rawPathname, query };
}
