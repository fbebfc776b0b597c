/**
 * Fees (phí, lệ phí) of a dossier from the procedure's fee rules in force on the day of receipt.
 * Integer đồng throughout.
 */
import { vnIsoDate } from './calendar/vietnam-time';
import type { FeeRule, Procedure } from './catalog/procedure';

export interface FeeQuantities {
  /** Pages of the document, for per-page fees (each copy has these pages). */
  pages?: number;
  /** Number of copies; default 1. */
  copies?: number;
  /** Number of cases (việc), for per-case fees; default 1. */
  cases?: number;
}

export interface FeeLine {
  code: string;
  name: string;
  amount: number;
  collection: FeeRule['collection'];
  /** The applicant belongs to a group exempt from this fee. */
  exempt?: boolean;
  /** The province sets this amount and it has not been entered in the catalogue yet. */
  unconfigured?: boolean;
}

export interface FeeResult {
  lines: FeeLine[];
  total: number;
}

function count(value: number | undefined, fallback: number, label: string): number {
  const n = value ?? fallback;
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${label} phải là số nguyên không âm: ${value}.`);
  return n;
}

/** Price of one copy of `pages` pages under tiers (page prices by starting page) and a cap. */
export function perPagePrice(pages: number, tiers: Array<{ fromPage: number; amount: number }>, capPerCopy: number | null): number {
  let price = 0;
  tiers.forEach((tier, i) => {
    const lastPage = Math.min(pages, (tiers[i + 1]?.fromPage ?? Infinity) - 1);
    if (lastPage >= tier.fromPage) price += (lastPage - tier.fromPage + 1) * tier.amount;
  });
  return capPerCopy === null ? price : Math.min(price, capPerCopy);
}

/** Fee rules in force on a Vietnam date, the latest-starting one per fee code. */
export function feeRulesInForce(procedure: Procedure, isoDay: string): FeeRule[] {
  const byCode = new Map<string, FeeRule>();
  for (const rule of procedure.fees) {
    if (rule.from > isoDay || (rule.to && rule.to < isoDay)) continue;
    const current = byCode.get(rule.code);
    if (!current || rule.from > current.from) byCode.set(rule.code, rule);
  }
  return [...byCode.values()];
}

function ruleAmount(rule: FeeRule, q: FeeQuantities): number | null {
  switch (rule.kind) {
    case 'free':
      return 0;
    case 'per-case':
      return rule.amount === null ? null : rule.amount * count(q.cases, 1, 'Số việc');
    case 'per-copy':
      return rule.amount === null ? null : rule.amount * count(q.copies, 1, 'Số bản');
    case 'per-page': {
      if (q.pages === undefined || q.pages < 1) throw new RangeError(`${rule.name}: cần nhập số trang của giấy tờ.`);
      return perPagePrice(count(q.pages, 1, 'Số trang'), rule.tiers, rule.capPerCopy) * count(q.copies, 1, 'Số bản');
    }
  }
}

/** The fee lines and total of a dossier received at `at` (Vietnam date) by an applicant in `applicantGroups`. */
export function computeFee(procedure: Procedure, quantities: FeeQuantities, at: Date, applicantGroups: string[] = []): FeeResult {
  const groups = new Set(applicantGroups);
  const lines: FeeLine[] = feeRulesInForce(procedure, vnIsoDate(at)).map((rule) => {
    const base = { code: rule.code, name: rule.name, collection: rule.collection };
    if (rule.collection === 'none') return { ...base, amount: 0 };
    if (rule.exemptGroups.some((g) => groups.has(g))) return { ...base, amount: 0, exempt: true };
    const amount = ruleAmount(rule, quantities);
    return amount === null ? { ...base, amount: 0, unconfigured: true } : { ...base, amount };
  });
  return { lines, total: lines.reduce((sum, line) => sum + line.amount, 0) };
}
