import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413; message: string }
  /** The client went away (or the stream failed) before the body was whole: nothing to answer. */
  | { ok: false; status: 0; message: string };

export const TOO_LARGE_MESSAGE = 'Dữ liệu gửi lên quá lớn cho chức năng này.';

/** True when the declared Content-Length already exceeds `limit` (the body is then never read). */
export function declaresTooLarge(req: IncomingMessage, limit: number): boolean {
  const declared = req.headers['content-length'];
  return declared !== undefined && Number(declared) > limit;
}

/**
 * Reads a JSON body of at most `limit` bytes. It never rejects: a body over the limit (declared or
 * streamed, chunked included) stops being kept at once and answers 413; one that is not JSON 400;
 * a client that disconnects half-way answers status 0 (nobody is listening).
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    if (declaresTooLarge(req, limit)) {
      resolve({ ok: false, status: 413, message: TOO_LARGE_MESSAGE });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0; // the rest is drained and dropped by the caller's refusal
        settle({ ok: false, status: 413, message: TOO_LARGE_MESSAGE });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('error', () => settle({ ok: false, status: 0, message: 'Kết nối bị ngắt khi đang gửi dữ liệu.' }));
    req.on('aborted', () => settle({ ok: false, status: 0, message: 'Kết nối bị ngắt khi đang gửi dữ liệu.' }));
    req.on('close', () => {
      if (!req.complete) settle({ ok: false, status: 0, message: 'Kết nối bị ngắt khi đang gửi dữ liệu.' });
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (text === '') return settle({ ok: true, value: undefined });
      try {
        settle({ ok: true, value: JSON.parse(text) });
      } catch {
        settle({ ok: false, status: 400, message: 'Nội dung yêu cầu không phải JSON hợp lệ.' });
      }
    });
  });
}
