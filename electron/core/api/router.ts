import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { api, isMethodName, type ApiResponse, type DeskEvent, type MethodName, type MethodSpec } from '../../../shared/api';
import type { Clock } from '../clock';
import { personalDataReadOf } from '../../../shared/api/personal-data';
import type { AuditEntry, CallGuards, SessionKind } from './call-records';
import type { UserRow } from './caller';
import type { CallMeta } from '../core-types';
import type { CoreServices } from '../core-services';
import { DeskError } from './desk-error';
import type { HandlerContext, Handlers } from './handler-context';
import { zodFieldErrors } from './zod-field-errors';

export interface RouterDeps {
  db: Database.Database;
  clock: Clock;
  /** The accounts, the audit and the access log, plugged in by the core. */
  guards: CallGuards;
  services: CoreServices;
  handlers: Handlers;
  log: (message: string) => void;
}

/**
 * The one router both transports call: validates the input, checks the session and role,
 * runs the handler (a 'write' in one transaction), audits every change, and answers
 * {ok, value} or {ok: false, error}. It never throws and never leaks a stack trace.
 */
export function createRouter(deps: RouterDeps) {
  const { guards } = deps;

  /** A read of a person's data answered: one access-log entry (a failure to write it fails the call). */
  function noteAccess(method: MethodName, input: unknown, user: UserRow | null, meta: CallMeta): void {
    const read = personalDataReadOf(method)?.(input);
    if (read) guards.access(deps.clock.now(), { userId: user?.id ?? null, username: user?.username ?? null }, method, meta.transport, read);
  }

  async function call(method: string, rawInput: unknown, token: string | null, meta: CallMeta): Promise<ApiResponse<unknown>> {
    if (!isMethodName(method)) {
      return failure(new DeskError('UNKNOWN_METHOD', `Chức năng "${String(method).slice(0, 80)}" không tồn tại.`));
    }
    const spec: MethodSpec = api[method];
    try {
      const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? undefined);
      let user: UserRow | null = null;
      let sessionTokenHash: string | null = null;
      let sessionKind: SessionKind | null = null;
      if (spec.access !== 'public') {
        const session = guards.authenticate(token);
        user = session.user;
        sessionTokenHash = session.tokenHash;
        sessionKind = session.kind;
        // A citizen display's token reaches only the methods marked for it, whatever its officer's role.
        if (session.kind === 'display') {
          if (!spec.display) throw new DeskError('FORBIDDEN', 'Màn hình công dân chỉ được xem thông tin hiển thị và ghi nhận đánh giá.');
        } else if (!spec.access.includes(user.role)) {
          throw new DeskError('FORBIDDEN', 'Vai trò của bạn không được phép thực hiện thao tác này.');
        }
        guards.assertMayCall(user, method);
      }
      if (!parsed.success) {
        const fields = zodFieldErrors(parsed.error);
        throw new DeskError('INVALID_INPUT', `Dữ liệu nhập chưa hợp lệ: ${Object.values(fields)[0] ?? ''}`.trim(), { fields });
      }
      const value = await run(method, spec, parsed.data, { user, sessionTokenHash, sessionKind, meta, rawInput });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DeskError) return failure(error);
      deps.log(`INTERNAL ${method}: ${(error as Error)?.stack ?? String(error)}`);
      return failure(new DeskError('INTERNAL'));
    }
  }

  async function run(
    method: MethodName,
    spec: MethodSpec,
    input: unknown,
    who: { user: UserRow | null; sessionTokenHash: string | null; sessionKind: SessionKind | null; meta: CallMeta; rawInput: unknown },
  ): Promise<unknown> {
    let inTransaction = false;
    let audited = 0;
    const afterCommit: DeskEvent[] = [];
    const ctx: HandlerContext = {
      db: deps.db,
      clock: deps.clock,
      services: deps.services,
      meta: who.meta,
      method,
      user: who.user,
      sessionTokenHash: who.sessionTokenHash,
      sessionKind: who.sessionKind,
      audit(entry: AuditEntry) {
        if (!inTransaction) throw new Error(`${method}: audit() outside a transaction`);
        const actor = { userId: ctx.user?.id ?? null, username: ctx.user?.username ?? null };
        guards.audit(deps.clock.now(), actor, method, who.meta.transport, entry);
        audited++;
      },
      write<T>(fn: () => T): T {
        if (inTransaction) return fn();
        inTransaction = true;
        let committed = false;
        try {
          const value = deps.db.transaction(() => {
            const result = fn();
            if (result instanceof Promise) throw new Error(`${method}: a transaction must not span an await`);
            return result;
          })();
          committed = true;
          return value;
        } finally {
          inTransaction = false;
          const events = afterCommit.splice(0);
          if (committed) for (const event of events) deps.services.emit(event);
        }
      },
      emitAfterCommit(event: DeskEvent) {
        if (inTransaction) afterCommit.push(event);
        else deps.services.emit(event);
      },
    };
    // The handler map is keyed by method name; TypeScript cannot pair the generic here.
    const handler = deps.handlers[method] as unknown as (input: unknown, ctx: HandlerContext) => unknown;
    const value =
      spec.kind === 'write'
        ? ctx.write(() => {
            const result = handler(input, ctx);
            if (audited === 0) ctx.audit({ after: who.rawInput });
            return result;
          })
        : await handler(input, ctx);
    noteAccess(method, input, who.user, who.meta);
    return value;
  }

  return { call };
}

function failure(error: DeskError): ApiResponse<never> {
  return { ok: false, error: error.toApiError() };
}
