import type { Migration } from './migration';

/**
 * The citizen display and its ratings (issue 19): a display token is a session row naming the
 * officer's session it belongs to (display_of; null for an officer's own session), and each
 * dossier has at most one rating, given within 10 minutes of its hand-over or refusal, kept with
 * the officer who served the citizen.
 */
export default {
  version: 19,
  name: 'citizen-display',
  up(db) {
    db.exec(`
ALTER TABLE sessions ADD COLUMN display_of TEXT;
CREATE INDEX sessions_display_of ON sessions(display_of) WHERE display_of IS NOT NULL;
CREATE TABLE ratings (
  dossier_id TEXT PRIMARY KEY REFERENCES dossiers(id),
  score TEXT NOT NULL CHECK (score IN ('satisfied', 'neutral', 'dissatisfied')),
  reasons_json TEXT NOT NULL DEFAULT '[]',
  comment TEXT,
  officer_id INTEGER REFERENCES users(id),
  closed_status INTEGER NOT NULL CHECK (closed_status IN (3, 10)),
  closed_at TEXT NOT NULL,
  recorded_via TEXT NOT NULL CHECK (recorded_via IN ('display', 'officer')),
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX ratings_recorded ON ratings(recorded_at);
`);
  },
} satisfies Migration;
