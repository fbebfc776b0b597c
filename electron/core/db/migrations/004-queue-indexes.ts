import type { Migration } from './migration';

/** The queue by received dates, sorted by deadline, read from the index alone. */
export default {
  version: 4,
  name: 'queue-indexes',
  up(db) {
    db.exec(`
CREATE INDEX dossiers_received_due ON dossiers(received_at, due_at);
`);
  },
} satisfies Migration;
