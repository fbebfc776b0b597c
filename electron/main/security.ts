// All of the window hardening, in one place. Read this file to know what the renderer may do.
//
// The renderer is served from a privileged custom scheme (app://desk/) rather than file://:
// Chromium applies no response headers to file:// pages, so a CSP sent through
// session.webRequest.onHeadersReceived would silently not apply there; and file:// pages share
// one opaque origin with every other file on the disk. app://desk/ is a real origin that serves
// only dist/renderer, with the CSP on every response.
import { app, protocol, session, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../../shared/content-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** https links the app may open in the system browser. None yet: add exact origins here. */
const EXTERNAL_LINK_ORIGINS: readonly string[] = [];

/**
 * The one permission the app's own page may use: the camera ('media' with video only), for photos
 * of ID cards in the attachments screen. Never the microphone, the screen, notifications or
 * anything else, and never for another origin or a sub-frame.
 */
type MediaRequestDetails = { isMainFrame: boolean; requestingUrl: string; mediaTypes?: Array<'video' | 'audio'> };

/** A permission request: the camera for the app's main frame, nothing else. */
export function allowPermissionRequest(permission: string, details: MediaRequestDetails): boolean {
  if (permission !== 'media' || !details.isMainFrame || !isAppUrl(details.requestingUrl)) return false;
  const types = details.mediaTypes ?? [];
  return types.length > 0 && types.every((type) => type === 'video');
}

/** A permission check (asked before or without a request): the camera for the app's own origin, nothing else. */
export function allowPermissionCheck(permission: string, requestingOrigin: string, details: { mediaType?: 'video' | 'audio' | 'unknown'; isMainFrame: boolean }): boolean {
  return permission === 'media' && details.mediaType === 'video' && details.isMainFrame && isAppUrl(requestingOrigin);
}

/** The preferences every window gets; nothing else may relax them. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // A middle click would open a link in a new window: not a way out of the app either.
    disableBlinkFeatures: 'Auxclick',
    // An installed desk has no DevTools: they would read every citizen's data from the page.
    devTools: !app.isPackaged,
  };
}

/** A download is allowed only from a blob: URL the app's own page created; nothing from elsewhere. */
export function allowDownload(url: string): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`);
}

/** Whether a URL is one of the app's own pages. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Must run before app 'ready': declares app:// a standard, secure scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves dist/renderer at app://desk/, with the CSP on every response; nothing outside it. */
function serveRenderer(ses: Session, rendererDir: string): void {
  const root = path.resolve(rendererDir);
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response(null, { status: 404 });
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(root, `.${relative}`);
    if (file !== root && !file.startsWith(root + path.sep)) return new Response(null, { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': contentTypeOf(path.extname(file)),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

function hardenSession(ses: Session): void {
  // The page needs nothing from the network: the core is reached over IPC only.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const scheme = details.url.slice(0, details.url.indexOf(':') + 1);
    const allowed = isAppUrl(details.url) || ['data:', 'blob:', 'devtools:', 'chrome-extension:'].includes(scheme);
    callback({ cancel: !allowed });
  });
  // Anything that does arrive with headers gets the CSP too (defence in depth).
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  ses.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(allowPermissionRequest(permission, details as MediaRequestDetails));
  });
  ses.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) => allowPermissionCheck(permission, requestingOrigin, details));
  ses.setDevicePermissionHandler(() => false);
  // Only files the app's own page builds (the cash report's Excel, a blob: URL) are saved, through the save dialog.
  ses.on('will-download', (event, item) => {
    if (!allowDownload(item.getURL())) event.preventDefault();
  });
}

function openExternallyIfAllowed(url: string): void {
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' && EXTERNAL_LINK_ORIGINS.includes(u.origin)) void shell.openExternal(u.href);
  } catch {
    // not a URL: ignore
  }
}

function guardWebContents(contents: WebContents): void {
  // No navigation away from the app, ever (a link, a redirect, a dropped file).
  const blockNavigation = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', blockNavigation);
  contents.on('will-frame-navigate', blockNavigation);
  contents.on('will-redirect', blockNavigation);
  // No new windows: an allowed https link opens in the system browser, everything else is dropped.
  contents.setWindowOpenHandler(({ url }) => {
    openExternallyIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Hardening that must be in place before any window exists. Call once, before app 'ready'
 * (registers the scheme) and it finishes the rest when the app is ready.
 */
export function applySecurity(rendererDir: string): Promise<void> {
  registerAppScheme();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  return app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveRenderer(session.defaultSession, rendererDir);
  });
}
