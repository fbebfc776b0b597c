import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SaneDriver } from '../../../electron/core/scanners/sane-driver';
import { ScannerService } from '../../../electron/core/scanners/scanner-service';
import { deskWithDossier } from './attachments-desk';
import { pdfPageCount } from './test-pages';

const hasScanimage = spawnSync('scanimage', ['--version']).error === undefined;
const isRoot = process.getuid?.() === 0;
if (!hasScanimage && !isRoot) console.warn('scanimage (sane-utils) missing: the SANE scanner test is skipped; install sane-utils to run it.');

/** SANE's "test" backend, enabled by a dll.conf naming it, drives scanimage like a real device. */
function saneTestBackend(): ScannerService {
  const config = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-sane-'));
  fs.writeFileSync(path.join(config, 'dll.conf'), 'test\n');
  return new ScannerService([new SaneDriver('scanimage', { ...process.env, SANE_CONFIG_DIR: config })]);
}

describe.skipIf(!hasScanimage && !isRoot)('scanning through SANE (test backend)', () => {
  it('lists the test scanner, scans three pages into a component, and a feeder scan takes every sheet', async () => {
    const { h, token, dossier, componentCode, components } = await deskWithDossier({ scanners: saneTestBackend() });
    const scanners = await h.ok('scanners.list', undefined, token);
    expect(scanners).toContainEqual({ id: 'sane:test:0', name: expect.stringContaining('virtual device'), driver: 'sane' });
    let last = { id: '', sha256: '', pages: 0, bytes: 0 };
    for (let i = 0; i < 3; i++) {
      last = await h.ok('scanners.scan', { dossierId: dossier.id, componentCode, scannerId: 'sane:test:0', dpi: 150, mode: 'gray' }, token);
    }
    expect(last.pages).toBe(3);
    const pdf = fs.readFileSync(path.join(h.dir, 'files', last.sha256.slice(0, 2), last.sha256));
    expect(await pdfPageCount(pdf)).toBe(3);

    // The test backend's feeder holds ten sheets.
    const feeder = await h.ok('scanners.scan', { dossierId: dossier.id, componentCode: components[1]!.code, scannerId: 'sane:test:0', source: 'feeder', dpi: 100, mode: 'color' }, token);
    expect(feeder.pages).toBe(10);
  });

  it('an unknown scanner is refused in Vietnamese', async () => {
    const { h, token, dossier, componentCode } = await deskWithDossier({ scanners: saneTestBackend() });
    const answer = await h.raw('scanners.scan', { dossierId: dossier.id, componentCode, scannerId: 'sane:khong-co:9' }, token);
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Không tìm thấy máy quét/) } });
  });
});
