import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

describe('training portal: command line', () => {
  const temp = makeTempDir('motcua-portal-cli-');
  afterEach(() => temp.cleanup());

  it('prints PORTAL READY, accepts the given user, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [TSX, 'electron/training-portal/main.ts', '--port', '0', '--data-dir', temp.dir, '--user', 'u1', '--password', 'p1'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /PORTAL READY (http:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`exited before ready: ${out}`)));
    });
    const res = await fetch(`${url}/auth`, { method: 'POST', headers: { dstcode: 'X' }, body: JSON.stringify({ username: 'u1', password: 'p1' }) });
    expect(((await res.json()) as { error_code: string }).error_code).toBe('0');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
