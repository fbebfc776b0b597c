import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ScannerInfo } from '../../../shared/api';
import { DeskError } from '../api/desk-error';
import { Naps2Driver } from './naps2-driver';
import { SaneDriver } from './sane-driver';
import { NO_SCANNER, type ScanOptions, type ScannerDriver } from './scanner-driver';
import { WiaDriver } from './wia-driver';

/** The drivers for this platform: WIA (and NAPS2 when installed) on Windows, SANE (and NAPS2) elsewhere. */
export function platformDrivers(): ScannerDriver[] {
  return process.platform === 'win32' ? [new WiaDriver(), new Naps2Driver()] : [new SaneDriver(), new Naps2Driver()];
}

/** One scanner interface over the platform's drivers; a scanner id is "<driver>:<device id>". */
export class ScannerService {
  constructor(private readonly drivers: ScannerDriver[] = platformDrivers()) {}

  async list(): Promise<ScannerInfo[]> {
    const found: ScannerInfo[] = [];
    for (const driver of this.drivers) {
      if (!(await driver.available())) continue;
      found.push(...(await driver.list()));
    }
    return found;
  }

  /** Scans into a private temp folder (removed afterwards) and answers the pages' bytes. */
  async scan(scannerId: string, options: Omit<ScanOptions, 'workDir'>): Promise<Buffer[]> {
    const colon = scannerId.indexOf(':');
    const driver = this.drivers.find((d) => d.name === scannerId.slice(0, colon));
    if (colon < 0 || !driver || !(await driver.available())) throw new DeskError('NOT_FOUND', NO_SCANNER);
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-scan-'));
    try {
      return await driver.scan(scannerId.slice(colon + 1), { ...options, workDir });
    } finally {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  }
}
