import type Database from 'better-sqlite3-multiple-ciphers';
import type { DeskEvent, MethodName, ParsedInputOf, ResultOf } from '../../../shared/api';
import type { Clock } from '../clock';
import type { AuditEntry, SessionKind } from './call-records';
import type { UserRow } from './caller';
import type { CallMeta } from '../core-types';
import type { CoreServices } from '../core-services';

/** What every handler gets. */
export interface HandlerContext {
  db: Database.Database;
  clock: Clock;
  services: CoreServices;
  meta: CallMeta;
  method: MethodName;
  /** The signed-in user; null only for public methods. */
  user: UserRow | null;
  sessionTokenHash: string | null;
  /** 'display': the call came from a citizen display's token (it runs as its officer). */
  sessionKind: SessionKind | null;
  /** Records an audit entry inside the current transaction. */
  audit(entry: AuditEntry): void;
  /** Runs fn in one transaction (for 'task' handlers, between their awaits). Never pass an async fn. */
  write<T>(fn: () => T): T;
  /**
   * Sends a push once the current transaction has committed (at once outside one); dropped if it
   * rolls back, so no screen or sync round hears of a change that did not happen.
   */
  emitAfterCommit(event: DeskEvent): void;
}

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  ctx: HandlerContext,
) => ResultOf<M> | Promise<ResultOf<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** A user that a handler requires to be present (non-public methods). */
export function requireUser(ctx: HandlerContext): UserRow {
  if (!ctx.user) throw new Error(`${ctx.method}: handler needs a signed-in user`);
  return ctx.user;
}
