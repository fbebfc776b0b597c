import type { ProcedureDetail } from '../../../shared/api';
import { parseCatalog, type Procedure } from '../../../shared/catalog';
import { computeFee } from '../../../shared/fees';
import { processingTimeText } from '../../../shared/processing-time-text';
import { DeskError } from '../api/desk-error';
import type { ProcedureCatalog } from '../dossiers';
import type { SettingsStore } from '../settings';

const OVERRIDE_KEY = 'catalogOverrides';

function toDetail(p: Procedure): ProcedureDetail {
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
  };
}

/**
 * The procedure catalogue: the files shipped in resources/catalog, with any updated file a
 * supervisor loaded (kept in the settings so it survives a restart) taking precedence by code.
 */
export function createProcedureCatalog(shipped: Procedure[], settings: SettingsStore): ProcedureCatalog {
  const byCode = new Map<string, Procedure>();
  const details = new Map<string, ProcedureDetail>();
  const rebuild = () => {
    byCode.clear();
    details.clear();
    const overrides = settings.get<Procedure[]>(OVERRIDE_KEY, []);
    for (const p of [...shipped, ...overrides]) byCode.set(p.code, p);
    for (const p of byCode.values()) details.set(p.code, toDetail(p));
  };
  rebuild();
  return {
    list: () => [...details.values()].sort((a, b) => a.field.localeCompare(b.field, 'vi') || a.name.localeCompare(b.name, 'vi')),
    get: (code) => details.get(code),
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
      const merged = new Map(settings.get<Procedure[]>(OVERRIDE_KEY, []).map((p) => [p.code, p]));
      for (const p of file.procedures) merged.set(p.code, p);
      settings.set(OVERRIDE_KEY, [...merged.values()]);
      rebuild();
      return file.procedures.length;
    },
  };
}
