/**
 * The renderer's Content-Security-Policy and the content types of its built files: one source for
 * the loopback host (electron/host/static-files.ts), Electron's app:// handler
 * (electron/main/security.ts) and the <meta> that the build writes into index.html (vite.config.ts).
 *
 * Styles allow 'unsafe-inline' because Ant Design writes its CSS-in-JS into <style> tags at run
 * time; scripts come only from the app's own files, no eval. The webcam (attachments) needs media
 * from blob:/mediastream:; pdf.js runs its worker from the app's own files. The core is reached
 * only through 'self' (HTTP on loopback) or IPC, never another origin.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['media-src', "'self' blob: mediastream:"],
  ['worker-src', "'self' blob:"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['child-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores (with a console error) when they come in a <meta> element. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as a response header sends it. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The same policy for index.html's <meta http-equiv>: without the header-only directives. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name))
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Content types of the built renderer's files, by lower-case extension (with its dot). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The content type of a file by its extension ('.js', any case); unknown: application/octet-stream. */
export function contentTypeOf(extension: string): string {
  return CONTENT_TYPES[extension.toLowerCase()] ?? 'application/octet-stream';
}
