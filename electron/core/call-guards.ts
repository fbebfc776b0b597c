import type Database from 'better-sqlite3-multiple-ciphers';
import type { CallGuards } from './api/call-records';
import type { Sessions } from './accounts/sessions';
import { assertPasswordChanged } from './accounts/password-change-gate';
import { AuditLog } from './audit/audit-log';
import { AccessLog } from './privacy/access-log';

/** The router's guards from the features that own them: sessions, the password gate, the audit, the access log. */
export function callGuards(db: Database.Database, sessions: Sessions): CallGuards {
  const audit = new AuditLog(db);
  const accessLog = new AccessLog(db);
  return {
    authenticate: (token) => sessions.authenticate(token),
    assertMayCall: assertPasswordChanged,
    audit: (at, actor, method, transport, entry) => audit.record(at, actor, method, transport, entry),
    access: (at, actor, method, transport, read) => accessLog.record(at, actor, method, transport, read),
  };
}
