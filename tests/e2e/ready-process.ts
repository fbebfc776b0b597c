// Starts a bundled process of the project (the host, the training portal) for an end-to-end test,
// waits for the line it prints when it listens ("HOST READY http://127.0.0.1:<port>") and stops it.
import { expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const STOP_TIMEOUT_MS = 10_000;

export interface ReadyProcess {
  child: ChildProcess;
  url: string;
  /** What the process wrote to stderr so far (its log). */
  log: () => string;
  /** The lines it wrote to stdout before its ready line (the host's `MÃ THIẾT LẬP: 123-456`). */
  stdoutLines: string[];
}

export interface ReadyProcessOptions {
  /** How messages name it: "the host", "the training portal". */
  name: string;
  /** The word before the URL on its ready line: "HOST READY". */
  banner: string;
  /** How the stderr dump in messages is titled: "host", "portal". */
  logTitle: string;
  cwd: string;
  timeoutMs: number;
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `node <bundle> <args>` in a process group of its own and resolves once it prints
 * `<banner> http://127.0.0.1:<port>`. One that fails to start, exits first or stays silent for
 * `timeoutMs` is killed (its whole group) and the promise rejects with its stderr.
 */
export function startReadyProcess(bundle: string, args: readonly string[], options: ReadyProcessOptions): Promise<ReadyProcess> {
  const child = spawn(process.execPath, [bundle, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const log = () => stderr;
  const stdoutLines: string[] = [];
  const readyLine = new RegExp(`^${options.banner} (http:\\/\\/127\\.0\\.0\\.1:\\d+)$`);

  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`${why}\n--- ${options.logTitle} stderr ---\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`${options.name} did not print ${options.banner} within ${options.timeoutMs} ms`), options.timeoutMs);
    child.once('error', (error) => fail(`${options.name} could not start: ${error.message}`));
    child.once('exit', (code, signal) => fail(`${options.name} exited before it was ready (code ${code}, signal ${signal})`));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = readyLine.exec(line);
      if (!match) {
        stdoutLines.push(line);
        return;
      }
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ child, url: match[1]!, log, stdoutLines });
    });
  });
}

/** SIGTERM to the process group; resolves with its exit code (null if it had to be killed). */
export function stopProcess(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      resolve(null);
    }, STOP_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    process.kill(-child.pid!, 'SIGTERM');
  });
}

/**
 * A process on a fresh data folder (in the system's temp folder, named `<folderPrefix>XXXXXX`) for
 * the length of `use`: then it is stopped with SIGTERM and the folder removed. A process that does
 * not exit 0 fails the test with its stderr.
 */
export async function runInFreshFolder(
  folderPrefix: string,
  start: (dataDir: string) => Promise<ReadyProcess>,
  names: { name: string; logTitle: string },
  use: (started: ReadyProcess, dataDir: string) => Promise<void>,
): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), folderPrefix));
  const started = await start(dataDir);
  try {
    await use(started, dataDir);
  } finally {
    const code = await stopProcess(started.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(code, `${names.name} should stop cleanly on SIGTERM\n--- ${names.logTitle} stderr ---\n${started.log()}`).toBe(0);
  }
}
