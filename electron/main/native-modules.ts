// better-sqlite3-multiple-ciphers is a native module: one build serves Node (tests, host) or Electron, never both.
// `npm start` prepares an Electron build in a folder of its own and passes it here through
// MOTCUA_ELECTRON_NATIVE_DIR (a folder holding node_modules/better-sqlite3-multiple-ciphers); this makes
// require('better-sqlite3-multiple-ciphers') load that build. A packaged app has no such variable: electron-builder
// has already rebuilt node_modules for Electron.
// Imported first by main.ts, before anything that loads the database.
import Module from 'node:module';
import path from 'node:path';

type ResolveFilename = (request: string, ...rest: unknown[]) => string;

const nativeDir = process.env.MOTCUA_ELECTRON_NATIVE_DIR;
if (nativeDir) {
  const redirected = path.join(nativeDir, 'node_modules', 'better-sqlite3-multiple-ciphers');
  const moduleInternals = Module as unknown as { _resolveFilename: ResolveFilename };
  const original = moduleInternals._resolveFilename;
  moduleInternals._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    return original.call(this, request === 'better-sqlite3-multiple-ciphers' ? redirected : request, ...rest);
  };
}
