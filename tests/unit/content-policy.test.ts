import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import config from '../../vite.config';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META, contentTypeOf } from '../../shared/content-policy';

/** The build's index.html, as the CSP plugin of vite.config.ts writes it from renderer/index.html. */
function builtIndexHtml(): string {
  const plugins = (config.plugins ?? []).flat() as Plugin[];
  const plugin = plugins.find((p) => p?.name === 'desk-content-security-policy');
  expect(plugin?.apply).toBe('build');
  const transform = plugin!.transformIndexHtml as (html: string) => string;
  return transform(fs.readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8'));
}

describe('one Content-Security-Policy', () => {
  it('the build writes it into index.html, before any script, without the header-only directives', () => {
    const html = builtIndexHtml();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html);
    expect(meta).not.toBeNull();
    expect(meta![1]!.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY_META);
    expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('<meta charset="UTF-8" />')).toBeLessThan(html.indexOf(meta![0]));
  });

  it('the header and the meta are the same policy; only frame-ancestors is left to the header', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; script-src 'self';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
  });

  it('content types by extension, in any case; unknown files are octet-stream', () => {
    expect(contentTypeOf('.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('.woff2')).toBe('font/woff2');
    expect(contentTypeOf('.exe')).toBe('application/octet-stream');
  });
});
