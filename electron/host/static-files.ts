import fs from 'node:fs';
import { pipeline } from 'node:stream';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../../shared/content-policy';

/** Serves the built renderer; unknown paths get index.html (the app routes itself). `urlPath` is already decoded. */
export function serveStatic(rendererDir: string, urlPath: string, req: IncomingMessage, res: ServerResponse): void {
  const root = path.resolve(rendererDir);
  let file = path.resolve(root, '.' + urlPath);
  if (!file.startsWith(root + path.sep) && file !== root) {
    res.writeHead(404).end();
    return;
  }
  if (!isFile(file)) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Giao diện chưa được dựng. Hãy chạy "npm run host" (tự dựng) hoặc "npm run build".');
    return;
  }
  const isHtml = file.endsWith('.html');
  res.writeHead(200, {
    'content-type': contentTypeOf(path.extname(file)),
    'cache-control': isHtml ? 'no-cache' : 'public, max-age=31536000, immutable',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // A file removed while it is sent (a rebuild) ends this answer only, never the process.
  pipeline(fs.createReadStream(file), res, () => {});
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
