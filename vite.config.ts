import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY_META } from './shared/content-policy.js';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * The build writes the one Content-Security-Policy (shared/content-policy.ts, also sent by the host
 * and by Electron's app:// handler) into index.html as a <meta>, so a page opened without headers
 * is held to it too. The dev server gets none: its React refresh injects inline scripts.
 */
const CSP_MARKER = '<!-- content-security-policy -->';

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'desk-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(CSP_MARKER)) throw new Error(`renderer/index.html lacks ${CSP_MARKER}`);
      const content = CONTENT_SECURITY_POLICY_META.replaceAll("'", '&#39;');
      return html.replace(CSP_MARKER, `<meta http-equiv="Content-Security-Policy" content="${content}" />`);
    },
  };
}

export default defineConfig({
  root: rendererRoot,
  // Relative asset paths: the same build loads from file:// in Electron and from the host at '/'.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/api': {
        target: `http://127.0.0.1:${process.env.DESK_HOST_PORT ?? 5180}`,
        changeOrigin: true,
        // The host refuses a foreign Origin; the dev server's own origin is not the host's, so send none.
        configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
      },
    },
  },
});
