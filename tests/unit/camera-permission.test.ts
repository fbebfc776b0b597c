import { describe, expect, it, vi } from 'vitest';

// The Electron binary is not on this machine: the shell's modules load with electron stubbed out.
vi.mock('electron', () => ({ app: {}, protocol: {}, session: {}, shell: {} }));
const { allowPermissionCheck, allowPermissionRequest } = await import('../../electron/main/security');

describe('camera permission (webcam photos of ID cards)', () => {
  const page = 'app://desk/index.html#/queue';

  it('the app page may open the camera, video only', () => {
    expect(allowPermissionRequest('media', { isMainFrame: true, requestingUrl: page, mediaTypes: ['video'] })).toBe(true);
    expect(allowPermissionCheck('media', 'app://desk', { mediaType: 'video', isMainFrame: true })).toBe(true);
  });

  it('the microphone, another origin, a sub-frame or another permission are refused', () => {
    expect(allowPermissionRequest('media', { isMainFrame: true, requestingUrl: page, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(allowPermissionRequest('media', { isMainFrame: true, requestingUrl: page, mediaTypes: ['audio'] })).toBe(false);
    expect(allowPermissionRequest('media', { isMainFrame: true, requestingUrl: page, mediaTypes: [] })).toBe(false);
    expect(allowPermissionRequest('media', { isMainFrame: true, requestingUrl: 'https://example.com/', mediaTypes: ['video'] })).toBe(false);
    expect(allowPermissionRequest('media', { isMainFrame: true, requestingUrl: 'file:///tmp/x.html', mediaTypes: ['video'] })).toBe(false);
    expect(allowPermissionRequest('media', { isMainFrame: false, requestingUrl: page, mediaTypes: ['video'] })).toBe(false);
    expect(allowPermissionRequest('notifications', { isMainFrame: true, requestingUrl: page })).toBe(false);
    expect(allowPermissionRequest('display-capture', { isMainFrame: true, requestingUrl: page, mediaTypes: ['video'] })).toBe(false);
    expect(allowPermissionCheck('media', 'app://desk', { mediaType: 'audio', isMainFrame: true })).toBe(false);
    expect(allowPermissionCheck('media', 'app://other', { mediaType: 'video', isMainFrame: true })).toBe(false);
    expect(allowPermissionCheck('media', 'http://127.0.0.1:5180', { mediaType: 'video', isMainFrame: true })).toBe(false);
    expect(allowPermissionCheck('geolocation', 'app://desk', { isMainFrame: true })).toBe(false);
  });
});
