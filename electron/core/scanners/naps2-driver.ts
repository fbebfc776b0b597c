import fs from 'node:fs';
import path from 'node:path';
import type { ScannerInfo } from '../../../shared/api';
import { ProgramMissingError, ProgramTimeoutError, runProcess } from './run-process';
import { NO_SCANNER, scannerError, type ScanOptions, type ScannerDriver } from './scanner-driver';

/** Where NAPS2's console is installed by its Windows installer, or on PATH elsewhere. */
function findNaps2(): string | null {
  const candidates =
    process.platform === 'win32'
      ? [path.join(process.env.ProgramFiles ?? 'C:\\Program Files', 'NAPS2', 'NAPS2.Console.exe'), path.join(process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'NAPS2', 'NAPS2.Console.exe')]
      : ['/usr/bin/naps2', '/usr/local/bin/naps2'];
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

/** NAPS2's console, when installed (it reaches WIA, TWAIN, SANE and network scanners). */
export class Naps2Driver implements ScannerDriver {
  readonly name = 'naps2' as const;
  private readonly program = findNaps2();
  private readonly lead = process.platform === 'win32' ? [] : ['console'];
  private readonly backend = process.platform === 'win32' ? 'wia' : 'sane';

  async available(): Promise<boolean> {
    return this.program !== null;
  }

  async list(): Promise<ScannerInfo[]> {
    const result = await this.run([...this.lead, '--listdevices', '--driver', this.backend], 30_000);
    return result.stdout
      .toString('utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((name) => ({ id: `naps2:${name}`, name, driver: 'naps2' as const }));
  }

  async scan(deviceId: string, options: ScanOptions): Promise<Buffer[]> {
    const out = path.join(options.workDir, 'page$(nnnn).png');
    const args = [...this.lead, '--noprofile', '--driver', this.backend, '--device', deviceId, '--source', options.source === 'feeder' ? 'feeder' : 'glass', '--dpi', String(options.dpi), '--bitdepth', options.mode === 'color' ? 'color' : options.mode === 'gray' ? 'gray' : 'bw', '-o', out, '--force'];
    const result = await this.run(args, 5 * 60_000);
    const pages = fs.readdirSync(options.workDir).filter((n) => /^page\d+\.png$/.test(n)).sort();
    if (pages.length === 0) throw scannerError(result.code === 0 ? NO_SCANNER : `Không quét được qua NAPS2: ${result.stderr.trim().split('\n')[0] ?? ''}`);
    return pages.map((n) => fs.readFileSync(path.join(options.workDir, n)));
  }

  private async run(args: string[], timeoutMs: number) {
    if (!this.program) throw scannerError('Chưa cài NAPS2.');
    try {
      return await runProcess(this.program, args, { timeoutMs });
    } catch (error) {
      if (error instanceof ProgramMissingError) throw scannerError('Chưa cài NAPS2.');
      if (error instanceof ProgramTimeoutError) throw scannerError('Máy quét không phản hồi (quá thời gian chờ). Kiểm tra máy quét rồi thử lại.');
      throw error;
    }
  }
}
