import type Database from 'better-sqlite3-multiple-ciphers';
import { formatDossierCode } from '../../../shared/dossier-code';
import { vnIsoDate } from '../../../shared/calendar';
import { DeskError } from '../api/desk-error';
import { counterSlice, type CodeRange } from './code-range';
import { prepared } from '../db/prepared';

/**
 * Takes the next dossier code of this counter's slice for the Vietnam date of `at`. Runs inside
 * the intake transaction, so a crash never burns or repeats a number. A code already known
 * (learned from the portal's feed) is skipped.
 */
export function allocateDossierCode(
  db: Database.Database,
  input: { agencyId: string; counter: number; at: Date; range: CodeRange },
): string {
  const { first, last } = counterSlice(input.range, input.counter);
  const day = vnIsoDate(input.at);
  const row = prepared(db, 'SELECT last_seq FROM dossier_code_sequences WHERE agency_id = ? AND day = ? AND counter = ?')
    .get(input.agencyId, day, input.counter) as { last_seq: number } | undefined;
  const exists = prepared(db, 'SELECT 1 FROM dossiers WHERE code = ?');
  let seq = Math.max(row?.last_seq ?? first - 1, first - 1);
  let code: string;
  do {
    seq++;
    if (seq > last) {
      throw new DeskError(
        'CONFLICT',
        `Quầy số ${input.counter} đã dùng hết dải số hồ sơ của ngày hôm nay (${first}-${last}). Vui lòng báo quản trị viên mở rộng dải số.`,
      );
    }
    code = formatDossierCode({ agencyId: input.agencyId, date: input.at, seq });
  } while (exists.get(code));
  prepared(db, 
    `INSERT INTO dossier_code_sequences(agency_id, day, counter, last_seq) VALUES (?, ?, ?, ?)
     ON CONFLICT(agency_id, day, counter) DO UPDATE SET last_seq = excluded.last_seq`,
  ).run(input.agencyId, day, input.counter, seq);
  return code;
}
