import { requireUser, type HandlerContext } from '../api/handler-context';
import { prepared } from '../db/prepared';

/** One line of the dossier's history: who moved it, when, to what, and why. */
export function recordStatus(
  ctx: HandlerContext,
  entry: { dossierId: string; status: number; action: string; reason: string | null; revision: number; at: Date },
): void {
  const user = requireUser(ctx);
  prepared(ctx.db, 
      `INSERT INTO dossier_status_history(dossier_id, status, action, at, user_id, username, full_name, reason, revision)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(entry.dossierId, entry.status, entry.action, entry.at.toISOString(), user.id, user.username, user.full_name, entry.reason, entry.revision);
}
