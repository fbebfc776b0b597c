import type { Migration } from './migration';

/** What sync needs on each dossier: the portal's result documents, and the portal's copy in a conflict. */
export default {
  version: 3,
  name: 'sync',
  up(db) {
    db.exec(`
ALTER TABLE dossiers ADD COLUMN results_json TEXT;
ALTER TABLE dossiers ADD COLUMN sync_conflict_json TEXT;
ALTER TABLE dossiers ADD COLUMN sync_issue_at TEXT;
`);
  },
} satisfies Migration;
