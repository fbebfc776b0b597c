import type { Migration } from './migration';

/**
 * Each history line keeps the promised return time as its step left it (`due_at`), so a
 * reschedule says what was promised before and what is promised now (Mẫu 04) and a step can be
 * judged against the time it had (Mẫu 06). Every writer (the counter's actions, the portal's feed)
 * inserts the line after it has changed the dossier: the trigger copies the dossier's due_at then.
 * Lines written before this version have none.
 */
export default {
  version: 14,
  name: 'history-due-at',
  up(db) {
    db.exec(`
ALTER TABLE dossier_status_history ADD COLUMN due_at TEXT;
CREATE TRIGGER dossier_status_history_due_at AFTER INSERT ON dossier_status_history WHEN NEW.due_at IS NULL
BEGIN UPDATE dossier_status_history SET due_at = (SELECT due_at FROM dossiers WHERE id = NEW.dossier_id) WHERE id = NEW.id; END;
`);
  },
} satisfies Migration;
