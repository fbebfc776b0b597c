// The folder boundaries are enforced by lint: each case lints a one-line snippet as if it lived
// in that folder, and proves a forbidden import is rejected and an allowed one accepted; the last
// test lints the real tree (as `npm run lint` does) and proves it obeys every boundary.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: ROOT });
/** The rules that draw boundaries: where code runs, the core's layers, the portal's door, the renderer's feature doors. */
const BOUNDARY_RULES = new Set(['boundaries/imports', 'core/layers', 'portal/index-only', 'renderer/doors']);

/** The boundary messages ESLint reports for `code` placed at `file` (repo-relative). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(ROOT, file) });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`snippet does not parse: ${fatal.message}`);
  return messages.filter((m) => BOUNDARY_RULES.has(m.ruleId ?? '')).map((m) => m.message);
}

interface Case {
  folder: string;
  file: string;
  forbidden: string[];
  allowed: string[];
}

const cases: Case[] = [
  {
    folder: 'shared/',
    file: 'shared/api/example.ts',
    forbidden: [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import { app } from 'electron';",
      "import { useState } from 'react';",
      "import Database from 'better-sqlite3';",
      "import type { DeskCore } from '../../electron/core/core-types';",
      "import { client } from '../../renderer/src/api/client';",
      "export * from '../../electron/core/clock';",
      "const fs = await import('node:fs');",
    ],
    allowed: ["import { z } from 'zod';", "import { method } from './method';", "import { lunar } from '../calendar/lunar';"],
  },
  {
    folder: 'electron/core/',
    file: 'electron/core/dossiers/example.ts',
    forbidden: [
      "import { app } from 'electron';",
      "import type { IpcMain } from 'electron';",
      "import { client } from '../../../renderer/src/api/client';",
      "import { registerIpc } from '../../main/ipc';",
      "const { app } = require('electron');",
    ],
    allowed: [
      "import Database from 'better-sqlite3';",
      "import { scryptSync } from 'node:crypto';",
      "import { api } from '../../../shared/api';",
      "import type { Clock } from '../clock';",
    ],
  },
  {
    folder: 'electron/core/api/ (the base: no feature)',
    file: 'electron/core/api/example.ts',
    forbidden: [
      "import { AuditLog } from '../audit/audit-log';",
      "import type { UserRow } from '../accounts/users-repository';",
      "import { Sessions } from '../accounts';",
      "import { createCore } from '../create-core';",
      "export { SyncWorker } from '../sync/sync-worker';",
    ],
    allowed: [
      "import type { CoreServices } from '../core-services';",
      "import { prepared } from '../db/prepared';",
      "import { DeskError } from './desk-error';",
    ],
  },
  {
    folder: 'electron/core/db/ (the base: no feature)',
    file: 'electron/core/db/example.ts',
    forbidden: ["import { SettingsStore } from '../settings/settings-store';", "import type { SecretStore } from '../settings/secret-store';"],
    allowed: ["import { api } from '../../../shared/api';", "import { writeFileDurably } from './write-file-durably';"],
  },
  {
    folder: 'electron/core/db/migrations/ (a feature only through its index.ts)',
    file: 'electron/core/db/migrations/099-example.ts',
    forbidden: ["import { chainUnhashedRows } from '../../audit/audit-chain';"],
    allowed: ["import { chainUnhashedRows } from '../../audit';", "import type { Migration } from './migration';"],
  },
  {
    folder: 'electron/core/<feature>/ (another feature only through its index.ts)',
    file: 'electron/core/sync/example.ts',
    forbidden: ["import { assertFeePaid } from '../cash/fee-status';", "import type { DossierRow } from '../dossiers/dossier-row';"],
    allowed: ["import { assertFeePaid } from '../cash';", "import { pushBatch } from './sync-push';", "import { prepared } from '../db/prepared';"],
  },
  {
    folder: 'electron/training-portal/ (a program of its own; the core never uses it)',
    file: 'electron/training-portal/example.ts',
    forbidden: ["import { app } from 'electron';", "import { startHostServer } from '../host/host-server';", "import { client } from '../../renderer/src/api/client';"],
    allowed: ["import { loadCatalogDir } from '../core/catalog';", "import type { HoSo } from '../../shared/portal/hoso';", "import Database from 'better-sqlite3-multiple-ciphers';"],
  },
  {
    folder: 'electron/core/ (never the training portal)',
    file: 'electron/core/sync/example.ts',
    forbidden: ["import { startTrainingPortal } from '../../training-portal/server';"],
    allowed: ["import { prepared } from '../db/prepared';"],
  },
  {
    folder: 'electron/host/',
    file: 'electron/host/example.ts',
    forbidden: ["import { app } from 'electron';", "import { client } from '../../renderer/src/api/client';"],
    allowed: [
      "import http from 'node:http';",
      "import { createCore } from '../core/create-core';",
      "import { api } from '../../shared/api';",
    ],
  },
  {
    folder: 'electron/main/',
    file: 'electron/main/example.ts',
    forbidden: ["import { client } from '../../renderer/src/api/client';"],
    allowed: ["import { app } from 'electron';", "import path from 'node:path';", "import { createCore } from '../core/create-core';"],
  },
  {
    folder: 'electron/preload/',
    file: 'electron/preload/example.ts',
    forbidden: [
      "import fs from 'node:fs';",
      "import { z } from 'zod';",
      "import { createCore } from '../core/create-core';",
      "import { registerIpc } from '../main/ipc';",
    ],
    allowed: [
      "import { contextBridge, ipcRenderer } from 'electron';",
      "import type { DeskBridge } from '../../shared/api/bridge';",
    ],
  },
  {
    folder: 'renderer/',
    file: 'renderer/src/features/intake/example.tsx',
    forbidden: [
      "import fs from 'node:fs';",
      "import os from 'os';",
      "import { ipcRenderer } from 'electron';",
      "import Database from 'better-sqlite3';",
      "import type { DeskCore } from '../../../../electron/core/core-types';",
    ],
    allowed: [
      "import { useState } from 'react';",
      "import { Button } from 'antd';",
      "import { api } from '../../../../shared/api';",
      "import { client } from '../../api/client';",
    ],
  },
  {
    folder: 'renderer/src/features/<feature>/ (another feature only through its index.ts)',
    file: 'renderer/src/features/supervisor/example.tsx',
    forbidden: ["import { queueHref } from '../queue/queue-filters-store';", "import { CashPage } from '../cash/CashPage';", "import '../audit/audit.css';"],
    allowed: ["import { queueHref } from '../queue';", "import { IndicatorsPanel } from './IndicatorsPanel';", "import { downloadBase64File } from '../../ui/download-file';"],
  },
  {
    folder: 'renderer/src/app/ (the shell: features only through their index.ts)',
    file: 'renderer/src/app/example.tsx',
    forbidden: ["import { IntakePage } from '../features/intake/IntakePage';", "const page = await import('../features/queue/QueuePage');"],
    allowed: ["import { IntakePage } from '../features/intake';", "import { AppFrame } from './AppFrame';"],
  },
  {
    folder: 'renderer/src/ui/',
    file: 'renderer/src/ui/example.ts',
    forbidden: [
      "import { IntakePage } from '../features/intake/IntakePage';",
      "import { SCREENS } from '../app/screens';",
      "import { ipcRenderer } from 'electron';",
    ],
    allowed: ["import { messageOf } from '../api';", "import { vnParts } from '../../../shared/calendar';", "import { Button } from 'antd';"],
  },
];

describe('lint boundaries', () => {
  for (const c of cases) {
    describe(c.folder, () => {
      for (const code of c.forbidden) {
        it(`rejects ${code}`, async () => {
          const errors = await boundaryErrors(c.file, code);
          expect(errors.length, `expected a boundary error for ${code} in ${c.file}`).toBeGreaterThan(0);
        });
      }
      for (const code of c.allowed) {
        it(`accepts ${code}`, async () => {
          expect(await boundaryErrors(c.file, code)).toEqual([]);
        });
      }
    });
  }

  it('leaves tests free to import from every folder', async () => {
    const code = "import { app } from 'electron';\nimport fs from 'node:fs';\nimport { client } from '../../renderer/src/api/client';";
    expect(await boundaryErrors('tests/unit/example.test.ts', code)).toEqual([]);
  });

  it('holds in the real tree: no file of electron/, renderer/ or shared/ crosses a boundary', async () => {
    const results = await eslint.lintFiles(['electron', 'renderer', 'shared']);
    const crossings = results.flatMap((r) =>
      r.messages.filter((m) => BOUNDARY_RULES.has(m.ruleId ?? '')).map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(200);
    expect(crossings).toEqual([]);
  }, 180_000);
});
