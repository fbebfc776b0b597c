// The installers' configuration, checked here because no installer can be built on this machine
// (no Electron binary): electron-builder's own loader and schema validation read
// electron-builder.yml, and the settings a province relies on are each asserted.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// electron-builder's configuration code (app-builder-lib and builder-util come with electron-builder).
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const root = path.resolve(__dirname, '../../..');
const load = () => getConfig(root, path.join(root, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s own schema validation, which does refuse a wrong key', async () => {
    const config = await load();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: true } } as never, new DebugLogger(false))).rejects.toThrow(/configuration.nsis/);
  });

  it('flips every fuse the shell relies on', async () => {
    const fuses = (await load()).electronFuses;
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('installs per machine on Windows, builds AppImage and deb, and publishes for a generic update server', async () => {
    const config = await load();
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.publish).toEqual([expect.objectContaining({ provider: 'generic' })]);
    expect(config.asar).toBe(true);
  });

  it('has its icons in the build resources folder: a 512×512 PNG and an ICO up to 256 px', async () => {
    const config = await load();
    const folder = path.join(root, config.directories?.buildResources ?? 'build');
    const png = fs.readFileSync(path.join(folder, 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const ico = fs.readFileSync(path.join(folder, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });
});
