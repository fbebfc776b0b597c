import { describe, expect, it, vi } from 'vitest';

// The Electron binary is not on this machine: the shell's modules load with electron stubbed out.
vi.mock('electron', () => ({ app: {}, protocol: {}, session: {}, shell: {} }));
const { allowDownload } = await import('../../electron/main/security');

describe('downloads in the app (the cash report exported to Excel)', () => {
  it("only a blob the app's own page made is saved", () => {
    expect(allowDownload('blob:app://desk/5e0b6f7c-1d2e-4f3a-9b8c-7d6e5f4a3b2c')).toBe(true);
    expect(allowDownload('https://example.com/bao-cao.xlsx')).toBe(false);
    expect(allowDownload('blob:https://example.com/5e0b6f7c')).toBe(false);
    expect(allowDownload('blob:app://desk.evil/5e0b6f7c')).toBe(false);
    expect(allowDownload('app://desk/index.html')).toBe(false);
    expect(allowDownload('file:///etc/passwd')).toBe(false);
  });
});
