import type { Migration } from './migration';

/** The HoSo the portal last acknowledged: the base of the three-way merge of the change feed. */
export default {
  version: 7,
  name: 'sync-snapshot',
  up(db) {
    db.exec(`
ALTER TABLE dossiers ADD COLUMN synced_snapshot_json TEXT;
`);
  },
} satisfies Migration;
