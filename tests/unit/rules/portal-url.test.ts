import { describe, expect, it } from 'vitest';
import { portalUrlProblem } from '../../../shared/portal-url';

describe('the portal address', () => {
  it('must be https://, except a portal on this machine (training, tests)', () => {
    expect(portalUrlProblem('https://dichvucong.laichau.gov.vn/api')).toBeNull();
    expect(portalUrlProblem('http://127.0.0.1:5181/')).toBeNull();
    expect(portalUrlProblem('http://localhost:8080')).toBeNull();
    expect(portalUrlProblem('http://[::1]:8080/api')).toBeNull();
    expect(portalUrlProblem('http://dichvucong.laichau.gov.vn/api')).toBe('Địa chỉ cổng phải dùng https:// (http:// chỉ dùng cho cổng tập huấn trên chính máy này, 127.0.0.1).');
    expect(portalUrlProblem('http://127.0.0.1.evil.example/')).not.toBeNull();
    expect(portalUrlProblem('ftp://127.0.0.1/')).toBe('Địa chỉ cổng phải bắt đầu bằng https://.');
    expect(portalUrlProblem('dichvucong.gov.vn')).toMatch(/^Địa chỉ cổng không hợp lệ/);
  });
});
