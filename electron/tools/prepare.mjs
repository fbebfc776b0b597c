#!/usr/bin/env node
// Builds what is missing or stale, and nothing else (it runs before every `npm run host`).
//   node electron/tools/prepare.mjs host      renderer + dist/host/main.cjs
//   node electron/tools/prepare.mjs electron  renderer + dist/electron/{main,preload}.cjs
//   node electron/tools/prepare.mjs portal    dist/training-portal/main.cjs (no renderer)
//   node electron/tools/prepare.mjs all       all of the above
// A target is stale when any of its sources is newer than its output. Logs go to stderr only:
// stdout stays free for the host's `HOST READY` line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = (message) => process.stderr.write(`[prepare] ${message}\n`);

const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|css|html|svg|png|sql|woff2?|ttf)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git']);

/** Newest modification time (ms) of source files under the given paths (files or folders). */
function newestSource(paths) {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const entry of readdirSync(p, { withFileTypes: true })) {
        if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
        if (entry.isFile() && !SOURCE_EXTENSIONS.test(entry.name)) continue;
        visit(path.join(p, entry.name));
      }
    } else if (st.mtimeMs > newest) {
      newest = st.mtimeMs;
    }
  };
  for (const p of paths) visit(path.join(root, p));
  return newest;
}

/** Oldest modification time of the outputs, or -1 when one is missing. */
function oldestOutput(outputs) {
  let oldest = Infinity;
  for (const out of outputs) {
    const full = path.join(root, out);
    if (!existsSync(full)) return -1;
    oldest = Math.min(oldest, statSync(full).mtimeMs);
  }
  return oldest;
}

function isStale(sources, outputs) {
  const built = oldestOutput(outputs);
  return built < 0 || newestSource(sources) > built;
}

// The lockfile and package.json count as sources: a dependency change rebuilds everything.
const PACKAGE_FILES = ['package.json', 'package-lock.json'];

function buildRenderer() {
  const sources = ['renderer', 'shared', 'vite.config.ts', 'tsconfig.web.json', 'tsconfig.base.json', ...PACKAGE_FILES];
  const outputs = ['dist/renderer/index.html'];
  if (!isStale(sources, outputs)) {
    log('renderer: up to date');
    return;
  }
  if (!existsSync(path.join(root, 'vite.config.ts'))) {
    throw new Error('vite.config.ts is missing: cannot build the renderer');
  }
  log('renderer: building with Vite -> dist/renderer');
  const started = Date.now();
  const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  // stdout of vite goes to our stderr, so `HOST READY` stays the only thing on stdout.
  const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  log(`renderer: built in ${Date.now() - started} ms`);
}

// Packages with native parts are loaded from node_modules at run time, never bundled.
const NATIVE_PACKAGES = ['better-sqlite3-multiple-ciphers', 'sharp', 'electron'];

async function bundle(name, entries, external) {
  const sources = ['electron', 'shared', ...PACKAGE_FILES];
  const outputs = entries.map((e) => e.out);
  if (!isStale(sources, outputs)) {
    log(`${name}: up to date`);
    return;
  }
  for (const e of entries) {
    if (!existsSync(path.join(root, e.in))) throw new Error(`${e.in} is missing: cannot build ${name}`);
  }
  const esbuild = await import('esbuild');
  const started = Date.now();
  await Promise.all(
    entries.map((e) =>
      esbuild.build({
        absWorkingDir: root,
        entryPoints: [e.in],
        outfile: e.out,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external,
        sourcemap: true,
        logLevel: 'warning',
        // import.meta.url has no meaning in CJS: give it the bundle's own file URL. Not in the
        // sandboxed preload, whose require() knows only a few modules.
        ...(e.sandboxed
          ? {}
          : {
              define: { 'import.meta.url': '__import_meta_url' },
              banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
            }),
      }),
    ),
  );
  log(`${name}: bundled ${outputs.join(', ')} in ${Date.now() - started} ms`);
}

async function main() {
  const target = process.argv[2] ?? 'host';
  if (!['host', 'electron', 'portal', 'all'].includes(target)) {
    log(`unknown target "${target}"; use host, electron, portal or all`);
    process.exit(2);
  }
  if (target !== 'portal') buildRenderer();
  if (target === 'host' || target === 'all') {
    await bundle('host', [{ in: 'electron/host/main.ts', out: 'dist/host/main.cjs' }], NATIVE_PACKAGES);
  }
  if (target === 'electron' || target === 'all') {
    await bundle(
      'electron',
      [
        { in: 'electron/main/main.ts', out: 'dist/electron/main.cjs' },
        { in: 'electron/preload/preload.ts', out: 'dist/electron/preload.cjs', sandboxed: true },
      ],
      NATIVE_PACKAGES,
    );
  }
  if (target === 'portal' || target === 'all') {
    await bundle('portal', [{ in: 'electron/training-portal/main.ts', out: 'dist/training-portal/main.cjs' }], ['better-sqlite3-multiple-ciphers']);
  }
}

main().catch((error) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
