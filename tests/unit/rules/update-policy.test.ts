import { describe, expect, it } from 'vitest';
import { installOnQuit, shouldCheckForUpdate, updateUrlProblem, UPDATE_CHECK_EVERY_MS } from '../../../shared/update-policy';

describe('the update policy', () => {
  it('takes an empty address (updates off), https, or http to this machine only', () => {
    expect(updateUrlProblem('')).toBeNull();
    expect(updateUrlProblem('  ')).toBeNull();
    expect(updateUrlProblem('https://capnhat.tinh.gov.vn/motcua/')).toBeNull();
    expect(updateUrlProblem('http://127.0.0.1:8080/updates/')).toBeNull();
    expect(updateUrlProblem('http://capnhat.tinh.gov.vn/motcua/')).toMatch(/https:\/\//);
    expect(updateUrlProblem('ftp://capnhat.tinh.gov.vn/')).toMatch(/https:\/\//);
    expect(updateUrlProblem('capnhat.tinh.gov.vn')).toMatch(/không hợp lệ/);
  });

  it('checks at start and then every 6 hours, never with updates off nor while a check runs', () => {
    const now = new Date('2026-12-03T08:00:00Z');
    const url = 'https://capnhat.tinh.gov.vn/motcua/';
    expect(shouldCheckForUpdate({ url, lastCheckAt: null, checking: false }, now)).toBe(true);
    expect(shouldCheckForUpdate({ url: '', lastCheckAt: null, checking: false }, now)).toBe(false);
    expect(shouldCheckForUpdate({ url, lastCheckAt: null, checking: true }, now)).toBe(false);
    const justUnder = new Date(now.getTime() - UPDATE_CHECK_EVERY_MS + 1).toISOString();
    const exactly = new Date(now.getTime() - UPDATE_CHECK_EVERY_MS).toISOString();
    expect(shouldCheckForUpdate({ url, lastCheckAt: justUnder, checking: false }, now)).toBe(false);
    expect(shouldCheckForUpdate({ url, lastCheckAt: exactly, checking: false }, now)).toBe(true);
    expect(UPDATE_CHECK_EVERY_MS).toBe(6 * 3600 * 1000);
  });

  it('installs at quit only a downloaded update, and never over an open cash session or an unsaved intake', () => {
    expect(installOnQuit({ downloaded: false, openCashSessions: 0, unsavedIntake: false })).toEqual({ install: false, reason: null });
    expect(installOnQuit({ downloaded: true, openCashSessions: 0, unsavedIntake: false })).toEqual({ install: true });
    expect(installOnQuit({ downloaded: true, openCashSessions: 1, unsavedIntake: false })).toEqual({ install: false, reason: expect.stringMatching(/phiên thu tiền/) });
    expect(installOnQuit({ downloaded: true, openCashSessions: 0, unsavedIntake: true })).toEqual({ install: false, reason: expect.stringMatching(/chưa lưu/) });
  });
});
