/**
 * The catalogue sync (issue 15): the procedures the portal changed since the last sync, each
 * one's national record (both through the portal adapter) mapped into the catalogue schema,
 * stored versioned in one transaction. Everything is read before anything is written: the portal
 * offline or a malformed answer leaves the catalogue as it was; one record that cannot be mapped
 * is an issue and keeps its previous version, the others go in.
 */
import type { CatalogSyncIssue, CatalogSyncResult } from '../../../shared/api';
import { procedureFromNational, type MappingIssue, type Procedure } from '../../../shared/catalog';
import { DeskError } from '../api/desk-error';
import type { HandlerContext } from '../api/handler-context';
import type { AuditEntry } from '../api/call-records';
import { PortalRefusedError, PortalUnavailableError, type PortalAdapter } from '../portal';
import { LAST_SYNC_KEY } from './procedure-catalog-service';
import { storeVersion, withdrawProcedure } from './catalog-store';

/** What the settings keep of the last successful sync. */
export interface CatalogSyncRecord extends CatalogSyncResult {
  at: string;
  /** The `since` of the next sync: the latest change time the portal gave. */
  since: string;
  /** Each procedure refused or imported with a field to complete, by field. */
  problems: Array<{ code: string; name: string; imported: boolean; issues: MappingIssue[] }>;
}

interface Fetched {
  procedure: Procedure;
  national: unknown;
  issues: MappingIssue[];
  updatedAt: string;
}

const running = new WeakSet<object>();

/** The open issues by procedure code, kept across syncs. */
export const SYNC_ISSUES_KEY = 'catalogSyncIssues';

/** catalog.syncIssues: the open issues, by code. */
export function catalogSyncIssues(settings: CatalogSyncDeps['settings']): CatalogSyncIssue[] {
  return Object.values(settings.get<Record<string, CatalogSyncIssue>>(SYNC_ISSUES_KEY, {})).sort((a, b) => a.code.localeCompare(b.code));
}

async function fetchChanges(client: PortalAdapter, since: string) {
  const changes = await client.procedureChanges(since);
  const fetched: Fetched[] = [];
  const withdrawn: string[] = [];
  const problems: CatalogSyncRecord['problems'] = [];
  const read: string[] = [];
  let latest = since;
  for (const change of changes) {
    if (change.withdrawn) {
      withdrawn.push(change.code);
      continue;
    }
    if (!latest || change.updatedAt > latest) latest = change.updatedAt;
    read.push(change.code);
    const answer = await client.procedure(change.code);
    if (!answer.ok) {
      problems.push({ code: change.code, name: change.name, imported: false, issues: answer.problems.map((message) => ({ field: 'bản ghi', message })) });
      continue;
    }
    const mapped = procedureFromNational(answer.record);
    if (!mapped.ok) {
      problems.push({ code: change.code, name: change.name, imported: false, issues: mapped.issues });
      continue;
    }
    if (mapped.issues.length) problems.push({ code: change.code, name: change.name, imported: true, issues: mapped.issues });
    fetched.push({ procedure: mapped.procedure, national: answer.record, issues: mapped.issues, updatedAt: change.updatedAt });
  }
  return { fetched, withdrawn, problems, latest, read };
}

/** What one sync needs: the handler's context gives it, and so does the daily schedule. */
export interface CatalogSyncDeps {
  db: HandlerContext['db'];
  client: PortalAdapter | null;
  settings: HandlerContext['services']['settings'];
  catalog: HandlerContext['services']['catalog'];
  now: () => Date;
  /** Runs fn in one transaction. */
  write<T>(fn: () => T): T;
  /** Records the audit entry inside that transaction. */
  audit(entry: AuditEntry): void;
}

/** Runs one sync now; PORTAL_UNAVAILABLE (nothing changed) when the portal cannot answer, CONFLICT while one runs. */
export async function runCatalogSync(deps: CatalogSyncDeps): Promise<CatalogSyncResult> {
  const { client, settings } = deps;
  if (!client) throw new DeskError('PORTAL_UNAVAILABLE', 'Chưa kết nối cổng dịch vụ công: danh mục giữ nguyên.');
  if (running.has(settings)) throw new DeskError('CONFLICT', 'Đang cập nhật danh mục thủ tục; vui lòng chờ lần cập nhật này xong.');
  running.add(settings);
  try {
    const last = settings.get<CatalogSyncRecord | null>(LAST_SYNC_KEY, null);
    let read;
    try {
      read = await fetchChanges(client, last?.since ?? '');
    } catch (error) {
      if (error instanceof PortalUnavailableError || error instanceof PortalRefusedError) {
        throw new DeskError('PORTAL_UNAVAILABLE', `Chưa cập nhật được danh mục thủ tục: ${error.message}${/giữ nguyên/.test(error.message) ? '' : ' Danh mục giữ nguyên.'}`);
      }
      throw error;
    }
    const result = deps.write(() => {
      const at = deps.now().toISOString();
      const counts = { added: 0, changed: 0, withdrawn: 0 };
      const versions: Record<string, number> = {};
      for (const f of read.fetched) {
        const stored = storeVersion(deps.db, { procedure: f.procedure, national: f.national, issues: f.issues, source: 'portal', portalUpdatedAt: f.updatedAt }, at);
        if (stored.outcome !== 'same') {
          counts[stored.outcome] += 1;
          versions[f.procedure.code] = stored.version;
        }
      }
      const withdrawnCodes = read.withdrawn.filter((code) => withdrawProcedure(deps.db, code, at));
      counts.withdrawn = withdrawnCodes.length;
      const result: CatalogSyncResult = { ...counts, issues: read.problems.length };
      const record: CatalogSyncRecord = { ...result, at, since: read.latest, problems: read.problems };
      settings.set(LAST_SYNC_KEY, record);
      // A record read again replaces its issues (none: they are gone); a withdrawn one has none left.
      const open = settings.get<Record<string, CatalogSyncIssue>>(SYNC_ISSUES_KEY, {});
      for (const code of [...read.read, ...read.withdrawn]) delete open[code];
      for (const p of read.problems) open[p.code] = { ...p, at };
      settings.set(SYNC_ISSUES_KEY, open);
      deps.audit({ entity: 'catalog', entityId: 'sync', before: last ? { since: last.since } : null, after: { ...result, since: read.latest, versions, withdrawnCodes, refused: read.problems.filter((p) => !p.imported).map((p) => p.code) } });
      return result;
    });
    deps.catalog.reload();
    return result;
  } finally {
    running.delete(settings);
  }
}

/** catalog.sync: one sync now, for the caller. */
export function syncCatalog(ctx: HandlerContext): Promise<CatalogSyncResult> {
  return runCatalogSync({
    db: ctx.db,
    client: ctx.services.portalClient,
    settings: ctx.services.settings,
    catalog: ctx.services.catalog,
    now: () => ctx.clock.now(),
    write: (fn) => ctx.write(fn),
    audit: (entry) => ctx.audit(entry),
  });
}
