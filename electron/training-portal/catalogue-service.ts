/**
 * The training portal's procedure catalogue (protocol v1.1, portal-protocol.md section 4):
 * `LayDanhSachTTHC` lists the procedures changed after `since` (and those withdrawn since then),
 * 200 a page; `LayThuTuc` answers one national record. The records are the desk's own catalogue
 * (resources/catalog) written in the national portal's JSON form, plus any national records given
 * as they are (the real answers in tests). Tests change, add and withdraw records through the
 * control endpoint (`catalogue`).
 */
import type { FeeRule, Procedure } from '../../shared/catalog';
import type { Clock } from '../core/clock';

export const PAGE_SIZE = 200;

type NationalRecord = Record<string, unknown> & { code: string; name?: unknown };

interface Entry {
  record: NationalRecord;
  updatedAt: string;
}

const TIME_TYPES = { 'working-days': 'WORKING_DAY', 'calendar-days': 'DAY', 'working-hours': 'WORKING_HOUR' } as const;

function nationalDay(time: Procedure['processingTime']): { qty: number; type: string } {
  // The national catalogue has no unit for "same day": it says so in words, with the unit OTHER.
  return time.unit === 'same-day' ? { qty: 0, type: 'OTHER' } : { qty: time.amount, type: TIME_TYPES[time.unit] };
}

function timeWords(time: Procedure['processingTime']): string {
  return time.unit === 'same-day' ? `Trong ngày; nhận sau ${Number((time.cutoff ?? '15:00').slice(0, 2))} giờ thì trả trong ngày làm việc tiếp theo.` : '';
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function nationalFee(rule: FeeRule): { fee: Record<string, unknown>; text: string } {
  const fee = (value: number, description: string) => ({ type: 'FEE', value, description, currencyName: 'Việt Nam Đồng' });
  if (rule.setBy === 'province' && (rule.kind === 'per-case' || rule.kind === 'per-copy') && rule.amount === null) {
    return { fee: fee(0, rule.kind === 'per-copy' ? '/bản' : '/việc'), text: 'Mức thu do Hội đồng nhân dân cấp tỉnh quy định.' };
  }
  switch (rule.kind) {
    case 'free':
      return { fee: fee(0, ''), text: '' };
    case 'per-case':
      return { fee: fee(rule.amount ?? 0, '/việc'), text: '' };
    case 'per-copy':
      return { fee: fee(rule.amount ?? 0, '/bản'), text: '' };
    case 'per-page': {
      const [first, ...rest] = rule.tiers;
      const parts = [`${thousands(first!.amount)} đồng/trang`, ...rest.map((t) => `từ trang thứ ${t.fromPage} trở lên thu ${thousands(t.amount)} đồng/trang`)];
      if (rule.capPerCopy !== null) parts.push(`tối đa thu không quá ${thousands(rule.capPerCopy)} đồng/bản`);
      return { fee: fee(first!.amount, '/trang'), text: `${parts.join('; ')}.` };
    }
  }
}

/** A procedure of the desk's catalogue in the national portal's JSON form. */
export function nationalRecordOf(p: Procedure): NationalRecord {
  const rules = p.fees.filter((r) => !r.to);
  const fees = rules.map(nationalFee);
  const method = (submissionMethod: string) => ({
    submissionMethod,
    processingTime: nationalDay(p.processingTime).qty,
    processingTimeUnit: nationalDay(p.processingTime).type,
    description: [timeWords(p.processingTime), ...fees.map((f) => f.text)].filter(Boolean).join(' '),
    fees: fees.map((f) => f.fee),
  });
  const from = rules[0]?.from;
  return {
    code: p.code,
    name: p.name,
    category: { code: p.field.code, name: p.field.name },
    categoriesDetails: [{ code: p.field.code, name: p.field.name }],
    isWard: true,
    isOfflineOnly: p.level === 'truc-tiep',
    isFullProcess: p.level === 'toan-trinh',
    cases: [{ code: `${p.code}.01`, name: p.name, processingDay: nationalDay(p.processingTime) }],
    executionCases: [
      {
        name: '',
        profileComponents: p.components.map((c) => ({ code: c.code, name: c.name, originalQty: c.originals, copyQty: c.copies, required: c.required, hasElectronicForm: false })),
      },
    ],
    executionMethods: p.level === 'truc-tiep' ? [method('DIRECT')] : [method('DIRECT'), method('ONLINE')],
    resultsDetails: p.results.map((name, i) => ({ code: `KQ${i + 1}`, name })),
    legalBasisesDetails: (p.legalBasis ?? []).map((name) => ({ code: '', name })),
    procedureProposal: from ? { decisionDate: Date.parse(`${from}T00:00:00+07:00`) } : null,
    state: 'UPDATED',
  };
}

export class TrainingCatalogue {
  private entries = new Map<string, Entry>();
  private withdrawn = new Map<string, string>();
  private lastStamp = 0;

  constructor(
    private readonly clock: Clock,
    private readonly initial: () => NationalRecord[],
  ) {
    this.reset();
  }

  reset(): void {
    this.entries.clear();
    this.withdrawn.clear();
    const at = this.stamp();
    for (const record of this.initial()) this.entries.set(record.code, { record, updatedAt: at });
  }

  /** A moment later than every one given before, so `since` never misses a change. */
  private stamp(): string {
    this.lastStamp = Math.max(this.clock.now().getTime(), this.lastStamp + 1);
    return new Date(this.lastStamp).toISOString();
  }

  /** Adds or replaces records as they are (a changed record is a change after now). */
  put(records: NationalRecord[]): void {
    for (const record of records) {
      this.withdrawn.delete(record.code);
      this.entries.set(record.code, { record, updatedAt: this.stamp() });
    }
  }

  withdraw(codes: string[]): void {
    for (const code of codes) {
      if (this.entries.delete(code)) this.withdrawn.set(code, this.stamp());
    }
  }

  record(code: string): NationalRecord | null {
    return this.entries.get(code)?.record ?? null;
  }

  /** LayDanhSachTTHC: changed after `since` (all for ''), withdrawals since then, from `cursor` on. */
  list(since: string, cursor: number): { result: Array<Record<string, string>>; cursor: string; more: string } {
    const after = since ? Date.parse(since) : null;
    const changed = [...this.entries.values()]
      .filter((e) => after === null || Date.parse(e.updatedAt) > after)
      .map((e) => ({ at: e.updatedAt, item: { MaTTHC: e.record.code, TenTTHC: typeof e.record.name === 'string' ? e.record.name : '', CapNhatLuc: e.updatedAt } as Record<string, string> }));
    const gone = after === null ? [] : [...this.withdrawn].filter(([, at]) => Date.parse(at) > after).map(([code, at]) => ({ at, item: { MaTTHC: code, TrangThai: 'BaiBo' } }));
    const all = [...changed, ...gone].sort((a, b) => a.at.localeCompare(b.at) || a.item.MaTTHC!.localeCompare(b.item.MaTTHC!));
    const page = all.slice(cursor, cursor + PAGE_SIZE).map((x) => x.item);
    const next = cursor + page.length;
    return { result: page, cursor: String(next), more: next < all.length ? '1' : '0' };
  }

  count(): { procedures: number; withdrawn: number } {
    return { procedures: this.entries.size, withdrawn: this.withdrawn.size };
  }
}
