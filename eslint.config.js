// Lint: TypeScript's recommended rules, React hooks rules in the renderer, and the boundaries
// between the places code runs, enforced here rather than by habit:
//
//   shared/            runs anywhere: no Node builtins, no electron, no React, no native modules,
//                      nothing from electron/ or renderer/
//   electron/core/     Node only, never Electron: no electron, no React, nothing from renderer/,
//   electron/host/     electron/main/ or electron/preload/
//   electron/main/     Electron main process: nothing from renderer/
//   electron/preload/  only 'electron' and shared/ (types)
//   renderer/          the page: no Node builtins, no electron, no better-sqlite3, nothing from
//                      electron/ (it talks to the core through shared/'s contract only)
//   renderer/src/ui/   the toolkit: as renderer/, and nothing from features/ or app/ (the shell)
//
// The rule resolves relative imports against the importing file, so `../../renderer/x` is caught
// at any depth, and it checks static imports, re-exports, dynamic import() and require().
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

const NODE_BUILTINS = new Set(builtinModules);
const REACT_PACKAGES = ['react', 'react-dom', 'antd', '@ant-design', 'zustand'];

function isBuiltin(specifier) {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier);
}

function packageMatches(specifier, name) {
  return specifier === name || specifier.startsWith(`${name}/`);
}

function folderMatches(repoPath, folder) {
  return repoPath === folder || repoPath.startsWith(`${folder}/`);
}

/** Why `specifier` may not be imported under these `options`, or null when it may. */
function forbiddenReason(specifier, fromFile, options) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = path.resolve(path.dirname(fromFile), specifier);
    const repoPath = path.relative(ROOT, target).split(path.sep).join('/');
    if (options.onlyFolders && !options.onlyFolders.some((f) => folderMatches(repoPath, f))) {
      return `only ${options.onlyFolders.join('/, ')}/ may be imported here (not ${repoPath})`;
    }
    const folder = (options.folders ?? []).find((f) => folderMatches(repoPath, f));
    return folder ? `nothing from ${folder}/ may be imported here` : null;
  }
  if (isBuiltin(specifier)) {
    if (options.builtins === false) return `Node builtin "${specifier}" may not be imported here`;
    return null;
  }
  if (options.onlyPackages && !options.onlyPackages.some((p) => packageMatches(specifier, p))) {
    return `only ${options.onlyPackages.join(', ')} may be imported here (not "${specifier}")`;
  }
  const pkg = (options.packages ?? []).find((p) => packageMatches(specifier, p));
  return pkg ? `"${pkg}" may not be imported here` : null;
}

const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each folder to the imports that can run where its code runs.' },
    schema: [
      {
        type: 'object',
        properties: {
          area: { type: 'string' },
          builtins: { type: 'boolean' },
          packages: { type: 'array', items: { type: 'string' } },
          folders: { type: 'array', items: { type: 'string' } },
          onlyPackages: { type: 'array', items: { type: 'string' } },
          onlyFolders: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: { forbidden: '{{area}}: {{reason}}.' },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const check = (sourceNode) => {
      if (!sourceNode || sourceNode.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
      const reason = forbiddenReason(sourceNode.value, context.filename, options);
      if (reason) {
        context.report({ node: sourceNode, messageId: 'forbidden', data: { area: options.area ?? 'boundary', reason } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportEqualsDeclaration: (node) => check(node.moduleReference?.expression),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node.arguments[0]);
      },
    };
  },
};

const boundaries = { rules: { imports: importBoundaries } };

/** The boundary of each folder, as the `boundaries/imports` rule's options. */
export const BOUNDARIES = {
  'shared/**': {
    area: 'shared/ runs anywhere',
    builtins: false,
    packages: ['electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', ...REACT_PACKAGES],
    folders: ['electron', 'renderer', 'tests'],
  },
  'electron/core/**': {
    area: 'electron/core/ never imports Electron',
    packages: ['electron', ...REACT_PACKAGES],
    folders: ['renderer', 'electron/main', 'electron/preload', 'electron/host', 'electron/training-portal', 'tests'],
  },
  // The training portal: a program of its own that plays the provincial portal on loopback (run
  // alone, or embedded by the host and the app). It uses the core's catalogue loader, clock and
  // loopback guard; the core never uses it.
  'electron/training-portal/**': {
    area: 'electron/training-portal/ is the training portal, a program of its own',
    packages: ['electron', ...REACT_PACKAGES],
    folders: ['renderer', 'electron/main', 'electron/preload', 'electron/host', 'tests'],
  },
  'electron/host/**': {
    area: 'electron/host/ never imports Electron',
    packages: ['electron', ...REACT_PACKAGES],
    folders: ['renderer', 'electron/main', 'electron/preload', 'tests'],
  },
  'electron/main/**': {
    area: 'electron/main/ is the Electron main process',
    packages: [...REACT_PACKAGES],
    folders: ['renderer', 'electron/host', 'electron/preload', 'tests'],
  },
  'electron/preload/**': {
    area: 'electron/preload/ is the one bridge',
    builtins: false,
    onlyPackages: ['electron'],
    onlyFolders: ['shared', 'electron/preload'],
  },
  'renderer/**': {
    area: 'renderer/ is the page',
    builtins: false,
    packages: ['electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'],
    folders: ['electron', 'tests'],
  },
  // The toolkit every screen uses (base64, icons, form errors, Vietnam time, hash routes): a leaf.
  'renderer/src/ui/**': {
    area: 'renderer/src/ui/ is the toolkit, a leaf',
    builtins: false,
    packages: ['electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'],
    folders: ['electron', 'tests', 'renderer/src/features', 'renderer/src/app'],
  },
};

/**
 * Layers inside the core. Its base (api/: the router and the handler contract; db/: the database,
 * its key and migrations; http/: the loopback guard) imports no feature, and from the composition
 * root (create-core.ts and the files beside it) only types (the services bag a handler gets).
 * Every other folder of the core is a feature, read from the tree so that a new one is covered the
 * day it appears, and reaches another feature only through that one's index.ts (its door: what it
 * offers the rest of the core); the composition root (create-core.ts, handlers.ts) wires them all. A migration may call a feature's index.ts: converting old rows must use the
 * feature's own rule (012 chains the audit rows with audit's hashing).
 */
/** The repo path (no extension) a relative import names from the linted file, or null for a package or a non-literal. */
function importedRepoPath(context, source) {
  if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return null;
  return path.relative(ROOT, path.resolve(path.dirname(context.filename), source.value)).split(path.sep).join('/');
}

/** The visitors of every ES import form, each calling `check(source, node)`. */
function everyImport(check) {
  return {
    ImportDeclaration: (n) => check(n.source, n),
    ExportNamedDeclaration: (n) => check(n.source, n),
    ExportAllDeclaration: (n) => check(n.source, n),
    ImportExpression: (n) => check(n.source, n),
  };
}

const CORE = 'electron/core';
const CORE_BASE = new Set(['api', 'db', 'http']);
const CORE_FEATURES = new Set(
  fs.readdirSync(path.join(ROOT, CORE), { withFileTypes: true }).filter((d) => d.isDirectory() && !CORE_BASE.has(d.name)).map((d) => d.name),
);

/** Where a repo path sits in the core: {folder, rest} for a folder, {root} for a file at the top, or null. */
function corePlace(repoPath) {
  if (!repoPath.startsWith(`${CORE}/`)) return null;
  const parts = repoPath.slice(CORE.length + 1).split('/');
  const isFolder = parts.length > 1 || CORE_BASE.has(parts[0]) || CORE_FEATURES.has(parts[0]);
  return isFolder ? { folder: parts[0], rest: parts.slice(1).join('/') } : { root: parts[0] };
}

const coreLayers = {
  rules: {
    layers: {
      meta: { type: 'problem', messages: { layer: '{{reason}}.' }, schema: [] },
      create(context) {
        const from = corePlace(path.relative(ROOT, context.filename).split(path.sep).join('/'));
        if (!from?.folder) return {};
        const inBase = CORE_BASE.has(from.folder);
        const inMigration = from.folder === 'db' && from.rest.startsWith('migrations/');
        const check = (source, typeOnly) => {
          const imported = importedRepoPath(context, source);
          const target = imported === null ? null : corePlace(imported);
          if (!target) return;
          let reason = null;
          const door = target.folder && (target.rest === '' || target.rest === 'index');
          if (!inBase) {
            // A feature reaches another only through its index.ts: its door.
            if (target.folder && CORE_FEATURES.has(target.folder) && target.folder !== from.folder && !door) {
              context.report({ node: source, messageId: 'layer', data: { reason: `reach electron/core/${target.folder}/ through its index.ts (not ${target.folder}/${target.rest})` } });
            }
            return;
          }
          if (target.root && !typeOnly) reason = `electron/core/${from.folder}/ imports only types from the core's root (not ${target.root})`;
          if (target.folder && CORE_FEATURES.has(target.folder)) {
            if (!(inMigration && door)) reason = `electron/core/${from.folder}/ is below the features and imports none of them (not ${target.folder}/${target.rest})`;
          }
          if (reason) context.report({ node: source, messageId: 'layer', data: { reason } });
        };
        const typeOnly = (n) => n.importKind === 'type' || n.exportKind === 'type' || (n.specifiers?.length > 0 && n.specifiers.every((sp) => sp.importKind === 'type'));
        return everyImport((source, n) => check(source, n.type === 'ImportExpression' ? false : n.type === 'ExportAllDeclaration' ? n.exportKind === 'type' : typeOnly(n)));
      },
    },
  },
};

/** electron/core/portal/ is reached only through its index.ts: the adapter's internals stay its own. */
const portalDoor = {
  rules: {
    'index-only': {
      meta: { type: 'problem', messages: { internal: 'electron/core/portal/ is imported only through its index.ts (not {{target}}).' }, schema: [] },
      create(context) {
        return everyImport((source) => {
          const target = importedRepoPath(context, source);
          if (target?.startsWith('electron/core/portal/') && target !== 'electron/core/portal/index') context.report({ node: source, messageId: 'internal', data: { target } });
        });
      },
    },
  },
};

/**
 * The renderer's features (renderer/src/features/<name>/, one screen or area each) reach each other,
 * and the shell (app/) and the print pages reach them, only through each feature's index.ts: its
 * door, which lists what it offers the rest of the page. Read from the tree, so a new feature is
 * covered the day it appears.
 */
const FEATURES = 'renderer/src/features';
const rendererDoors = {
  rules: {
    doors: {
      meta: { type: 'problem', messages: { door: 'reach {{folder}}/ through its index.ts (not {{rest}}).' }, schema: [] },
      create(context) {
        const from = path.relative(ROOT, context.filename).split(path.sep).join('/');
        const own = from.startsWith(`${FEATURES}/`) ? from.slice(FEATURES.length + 1).split('/')[0] : null;
        return everyImport((source) => {
          const target = importedRepoPath(context, source);
          if (!target?.startsWith(`${FEATURES}/`)) return;
          const [folder, ...rest] = target.slice(FEATURES.length + 1).split('/');
          const inside = rest.join('/');
          if (folder === own || inside === '' || inside === 'index') return;
          context.report({ node: source, messageId: 'door', data: { folder: `${FEATURES}/${folder}`, rest: `${folder}/${inside}` } });
        });
      },
    },
  },
};

export default defineConfig(
  globalIgnores([
    'dist/**',
    'build-electron/**',
    'release/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'tests/artifacts/**',
  ]),
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // One SQLite driver: the encrypting fork (the plain package is not even installed).
      'no-restricted-imports': ['error', { paths: [{ name: 'better-sqlite3', message: 'Dùng better-sqlite3-multiple-ciphers (cơ sở dữ liệu mã hoá).' }] }],
    },
  },
  // Where code runs decides its globals.
  {
    files: ['electron/**', 'tests/**', '*.config.{js,ts,mjs}', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    ...reactHooks.configs.flat.recommended,
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['electron/preload/**'],
    languageOptions: { globals: { ...globals.browser, process: 'readonly' } },
  },
  {
    files: ['tests/e2e/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  // The boundaries, one block per folder.
  { plugins: { boundaries } },
  ...Object.entries(BOUNDARIES).map(([glob, options]) => ({
    files: [glob],
    rules: { 'boundaries/imports': ['error', options] },
  })),
  { files: ['electron/**', 'tests/**'], ignores: ['electron/core/portal/**'], plugins: { portal: portalDoor }, rules: { 'portal/index-only': 'error' } },
  { files: ['electron/core/**'], plugins: { core: coreLayers }, rules: { 'core/layers': 'error' } },
  { files: ['renderer/**'], plugins: { renderer: rendererDoors }, rules: { 'renderer/doors': 'error' } },
);
