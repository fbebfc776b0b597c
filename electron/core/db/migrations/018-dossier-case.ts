import type { Migration } from './migration';

/** The case (trường hợp) of its procedure a dossier was received under, when the procedure has several (issue 15). */
export default {
  version: 18,
  name: 'dossier-case',
  up(db) {
    db.exec(`ALTER TABLE dossiers ADD COLUMN procedure_case_code TEXT;`);
  },
} satisfies Migration;
