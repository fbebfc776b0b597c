import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * The dev server injects inline scripts (React refresh) that the strict CSP in index.html forbids;
 * in dev only, drop the CSP meta. Builds keep it unchanged.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'desk-dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
  };
}

export default defineConfig({
  root: rendererRoot,
  // Relative asset paths: the same build loads from file:// in Electron and from the host at '/'.
  base: './',
  plugins: [react(), devWithoutCsp()],
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
