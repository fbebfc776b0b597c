/** `#/citizen?token=...`: the citizen display's page, signed in with its display token alone. */
export function isCitizenRoute(hash: string): boolean {
  return /^#\/citizen(\?|$)/.test(hash);
}

const TOKEN_KEY = 'motcua.displayToken';

/**
 * The display token from the address, moved into this window's sessionStorage and taken out of the
 * address bar (so a reload keeps it and it is not left on screen); null when there is none.
 */
export function takeDisplayToken(): string | null {
  const query = window.location.hash.split('?')[1] ?? '';
  const fromUrl = new URLSearchParams(query).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    window.history.replaceState(null, '', `${window.location.pathname}#/citizen`);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function citizenDisplayUrl(displayToken: string): string {
  return `${window.location.pathname}#/citizen?token=${encodeURIComponent(displayToken)}`;
}
