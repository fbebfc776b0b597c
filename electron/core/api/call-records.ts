import type { MethodName } from '../../../shared/api';
import type { PersonalDataRead } from '../../../shared/api/personal-data';
import type { UserRow } from './caller';

export type SessionKind = 'user' | 'display';

/** One change a call made, as the audit keeps it. */
export interface AuditEntry {
  /** What changed, e.g. 'user', 'dossier'. */
  entity?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditActor {
  userId: number | null;
  username: string | null;
}

/**
 * What the router needs from the accounts, the audit and the access log, given by the core at its
 * start: the router stays below the features (it imports none of them) and they plug in here.
 */
export interface CallGuards {
  /**
   * The session's account, or a DeskError (UNAUTHENTICATED). kind 'display': a citizen display's
   * token (display.open), which runs as its officer but may call only the methods marked `display`.
   */
  authenticate(token: string | null): { user: UserRow; tokenHash: string; kind: SessionKind };
  /** Throws a DeskError when this account may not call the method yet (a password to change). */
  assertMayCall(user: UserRow, method: MethodName): void;
  /** Appends an audit entry inside the call's transaction (secrets are redacted by the recorder). */
  audit(at: Date, actor: AuditActor, method: MethodName, transport: string, entry: AuditEntry): void;
  /** Records a read of a person's data, after the read answered. */
  access(at: Date, actor: AuditActor, method: MethodName, transport: string, read: PersonalDataRead): void;
}
