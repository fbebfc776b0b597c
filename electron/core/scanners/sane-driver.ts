import fs from 'node:fs';
import path from 'node:path';
import type { ScannerInfo } from '../../../shared/api';
import { ProgramMissingError, ProgramTimeoutError, runProcess } from './run-process';
import { NO_SCANNER, scannerError, type ScanOptions, type ScannerDriver } from './scanner-driver';

const LIST_TIMEOUT_MS = 20_000;
/** A full feeder at 300 dpi takes a few minutes on a slow USB scanner. */
const SCAN_TIMEOUT_MS = 5 * 60_000;

/** Linux: SANE through its command-line front end `scanimage`. */
export class SaneDriver implements ScannerDriver {
  readonly name = 'sane' as const;

  constructor(
    private readonly program = 'scanimage',
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  async available(): Promise<boolean> {
    try {
      await runProcess(this.program, ['--version'], { timeoutMs: 5_000, env: this.env });
      return true;
    } catch {
      return false;
    }
  }

  async list(): Promise<ScannerInfo[]> {
    const result = await this.run(['-L'], LIST_TIMEOUT_MS);
    const scanners: ScannerInfo[] = [];
    // device `test:0' is a Noname frontend-tester virtual device
    for (const line of result.stdout.toString('utf8').split('\n')) {
      const match = /^device [`'‘"]([^`'’"]+)['’"] is an? (.+)$/.exec(line.trim());
      if (match) scanners.push({ id: `sane:${match[1]}`, name: match[2]!, driver: 'sane' });
    }
    return scanners;
  }

  async scan(deviceId: string, options: ScanOptions): Promise<Buffer[]> {
    const choices = await this.deviceOptions(deviceId);
    const args = ['-d', deviceId, '--format=png', `--batch=${path.join(options.workDir, 'page%04d.png')}`, `--resolution=${options.dpi}`];
    const mode = pickMode(choices.get('mode'), options.mode);
    if (mode) args.push(`--mode=${mode}`);
    const source = pickSource(choices.get('source'), options.source);
    if (options.source === 'feeder' && choices.has('source') && !source) throw scannerError('Máy quét này không có khay nạp giấy tự động.');
    if (source) args.push(`--source=${source}`);
    if (options.source === 'flatbed') args.push('--batch-count=1');
    const result = await this.run(args, SCAN_TIMEOUT_MS);
    const pages = fs
      .readdirSync(options.workDir)
      .filter((name) => /^page\d+\.png$/.test(name))
      .sort()
      .map((name) => fs.readFileSync(path.join(options.workDir, name)));
    if (pages.length === 0) {
      const why = result.stderr.trim().split('\n').pop() ?? '';
      if (/out of documents|no docs|feeder/i.test(why)) throw scannerError('Khay nạp giấy không có tài liệu.');
      if (/invalid argument|no such device|not found/i.test(why)) throw scannerError(NO_SCANNER);
      throw scannerError(`Không quét được: ${why || 'máy quét không trả về trang nào'}.`);
    }
    return pages;
  }

  /** The values the device offers for each option (e.g. mode, source), read from `scanimage -d dev --help`. */
  private async deviceOptions(deviceId: string): Promise<Map<string, string[]>> {
    const result = await this.run(['-d', deviceId, '--help'], LIST_TIMEOUT_MS);
    const text = result.stdout.toString('utf8');
    if (!text.includes(`Options specific to device`)) throw scannerError(NO_SCANNER);
    const options = new Map<string, string[]>();
    for (const match of text.matchAll(/^\s+--([a-z-]+) ([^\n[]+?) \[/gm)) {
      options.set(match[1]!, match[2]!.split('|').map((v) => v.trim()));
    }
    return options;
  }

  private async run(args: string[], timeoutMs: number) {
    try {
      return await runProcess(this.program, args, { timeoutMs, env: this.env });
    } catch (error) {
      if (error instanceof ProgramMissingError) throw scannerError('Chưa cài SANE (scanimage): cài gói sane-utils để dùng máy quét.');
      if (error instanceof ProgramTimeoutError) throw scannerError('Máy quét không phản hồi (quá thời gian chờ). Kiểm tra máy quét rồi thử lại.');
      throw error;
    }
  }
}

function pickMode(offered: string[] | undefined, mode: ScanOptions['mode']): string | null {
  if (!offered) return null;
  const wanted = { color: [/^colou?r$/i, /colou?r/i], gray: [/^gr[ae]y/i, /gr[ae]y/i], bw: [/lineart/i, /binary|black|halftone/i, /gr[ae]y/i] }[mode];
  for (const pattern of wanted) {
    const hit = offered.find((v) => pattern.test(v));
    if (hit) return hit;
  }
  return null;
}

function pickSource(offered: string[] | undefined, source: ScanOptions['source']): string | null {
  if (!offered) return null;
  const pattern = source === 'feeder' ? /adf|feeder|automatic/i : /flatbed|glass|platen|normal/i;
  return offered.find((v) => pattern.test(v) && !(source === 'feeder' && /duplex|back/i.test(v))) ?? null;
}
