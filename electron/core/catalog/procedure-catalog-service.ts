import type Database from 'better-sqlite3-multiple-ciphers';
import type { ProcedureDetail } from '../../../shared/api';
import { parseCatalog, type Procedure } from '../../../shared/catalog';
import { computeFee } from '../../../shared/fees';
import { processingTimeText } from '../../../shared/processing-time-text';
import { DeskError } from '../api/desk-error';
import type { ProcedureCatalog } from '../dossiers';
import type { SettingsStore } from '../settings';
import { readHeads, readVersion, storeVersion, type CatalogHead } from './catalog-store';

const OVERRIDE_KEY = 'catalogOverrides';

/** Set once a catalogue sync with the portal succeeded: from then on the portal says what this agency receives. */
export const LAST_SYNC_KEY = 'catalogLastSync';

function toDetail(p: Procedure, head?: { version: number; withdrawn: boolean }): ProcedureDetail {
  const quantities = new Set<'pages' | 'copies' | 'cases'>();
  for (const rule of p.fees) {
    if (rule.kind === 'per-page') quantities.add('pages').add('copies');
    if (rule.kind === 'per-copy') quantities.add('copies');
    if (rule.kind === 'per-case') quantities.add('cases');
  }
  const charged = p.fees.find((r) => r.collection !== 'none' && r.kind !== 'free');
  return {
    code: p.code,
    name: p.name,
    field: p.field.name,
    fieldCode: p.field.code,
    level: p.level,
    processingTime: p.processingTime,
    processingTimeText: processingTimeText(p.processingTime),
    supplementRule: p.supplementRule,
    components: p.components.map((c) => ({ code: c.code, name: c.name, required: c.required, originals: c.originals, copies: c.copies })),
    fees: p.fees,
    feeQuantities: [...quantities],
    feeCollection: charged ? charged.collection : 'none',
    results: p.results,
    ...(head ? { version: head.version } : {}),
    ...(head?.withdrawn ? { withdrawn: true } : {}),
    ...(p.cases ? { cases: p.cases } : {}),
    ...(p.channels ? { channels: p.channels } : {}),
  };
}

/**
 * The procedure catalogue. The versioned store in the database (synced from the portal, or a
 * supervisor's file) wins by code over the files shipped in resources/catalog (the seed), and
 * over a file loaded before versions were kept (in the settings). Once a sync with the portal has
 * succeeded, intake lists only the stored procedures (the portal says what this agency receives);
 * withdrawn ones are never listed, but `get` still answers them, and any stored version by number.
 * Without a database (router tests) it is the shipped files alone.
 */
export function createProcedureCatalog(shipped: Procedure[], settings: SettingsStore, db?: Database.Database, now: () => Date = () => new Date()): ProcedureCatalog {
  const byCode = new Map<string, Procedure>();
  const details = new Map<string, ProcedureDetail>();
  const versions = new Map<string, ProcedureDetail>();
  let listed: ProcedureDetail[] = [];
  const rebuild = () => {
    byCode.clear();
    details.clear();
    versions.clear();
    const legacy = settings.get<Procedure[]>(OVERRIDE_KEY, []);
    const heads: CatalogHead[] = db ? readHeads(db) : [];
    const synced = settings.get<unknown>(LAST_SYNC_KEY, null) !== null;
    const withdrawn = new Set<string>();
    if (!synced) for (const p of [...shipped, ...legacy]) byCode.set(p.code, p);
    for (const p of byCode.values()) details.set(p.code, toDetail(p));
    for (const head of heads) {
      byCode.set(head.code, head.procedure);
      details.set(head.code, toDetail(head.procedure, { version: head.version, withdrawn: head.withdrawnAt !== null }));
      if (head.withdrawnAt) withdrawn.add(head.code);
    }
    listed = [...details.values()]
      .filter((d) => !withdrawn.has(d.code))
      .sort((a, b) => a.field.localeCompare(b.field, 'vi') || a.name.localeCompare(b.name, 'vi'));
    // Dossiers of a shipped procedure the portal does not list still read it, as no longer received.
    if (synced) for (const p of [...shipped, ...legacy]) if (!details.has(p.code)) details.set(p.code, { ...toDetail(p), withdrawn: true });
  };
  rebuild();
  return {
    list: () => listed,
    get(code, version) {
      if (version === undefined || !db) return details.get(code);
      const key = `${code}@${version}`;
      let detail = versions.get(key);
      if (!detail) {
        const procedure = readVersion(db, code, version);
        if (!procedure) return undefined;
        const current = details.get(code);
        detail = toDetail(procedure, { version, withdrawn: current?.withdrawn === true });
        versions.set(key, detail);
      }
      return detail;
    },
    reload: rebuild,
    fee(code, quantities, at, groups) {
      const procedure = byCode.get(code);
      if (!procedure) throw new DeskError('NOT_FOUND', `Không có thủ tục mã "${code}".`);
      let result;
      try {
        result = computeFee(procedure, quantities, at, groups);
      } catch (error) {
        // The rules say what is missing (e.g. the number of pages) in Vietnamese.
        if (error instanceof RangeError) throw new DeskError('INVALID_INPUT', error.message, { fields: { feeQuantities: error.message } });
        throw error;
      }
      return { lines: result.lines.map((l) => ({ code: l.code, name: l.name, amount: l.amount })), total: result.total };
    },
    load(fileName, content) {
      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch {
        throw new DeskError('INVALID_INPUT', `Tệp ${fileName} không phải JSON hợp lệ.`);
      }
      let file;
      try {
        file = parseCatalog(json, fileName);
      } catch (error) {
        throw new DeskError('INVALID_INPUT', (error as Error).message);
      }
      if (db) {
        // Each procedure of the file becomes a version of the store, as a sync's would.
        const at = now().toISOString();
        for (const p of file.procedures) storeVersion(db, { procedure: p, national: null, issues: [], source: 'file', portalUpdatedAt: null }, at);
      } else {
        const merged = new Map(settings.get<Procedure[]>(OVERRIDE_KEY, []).map((p) => [p.code, p]));
        for (const p of file.procedures) merged.set(p.code, p);
        settings.set(OVERRIDE_KEY, [...merged.values()]);
      }
      rebuild();
      return file.procedures.length;
    },
  };
}
