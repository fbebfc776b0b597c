import type { Migration } from './migration';

/**
 * Code search by any tail of the code ("5003", "261203-5002"), in any case: the code reversed, so
 * a tail becomes a prefix that an index answers as a range. SQLite has no reverse(); the key is
 * spelled out from the code's last 32 characters (a code is about 25; a longer tail is still found
 * as the code's head), so it stays a built-in, deterministic expression any SQLite can read. A
 * VIRTUAL column costs no space in the rows, only in its index; NOCASE makes both indexes ignore
 * case (codes are ASCII), and the code's own NOCASE index answers a head typed in lower case
 * ("000.00.00.h56-2612"). On a million dossiers the two indexes take about 7 s to build, once.
 */
const KEY_CHARACTERS = 32;
const reversed = Array.from({ length: KEY_CHARACTERS }, (_, k) => `substr(code, ${-(k + 1)}, 1)`).join(' || ');

export default {
  version: 10,
  name: 'code-search',
  up(db) {
    db.exec(`
ALTER TABLE dossiers ADD COLUMN code_reversed TEXT COLLATE NOCASE GENERATED ALWAYS AS (${reversed}) VIRTUAL;
CREATE INDEX dossiers_code_reversed ON dossiers(code_reversed);
CREATE INDEX dossiers_code_nocase ON dossiers(code COLLATE NOCASE);
`);
  },
} satisfies Migration;
