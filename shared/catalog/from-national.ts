/**
 * The national record of a procedure (national-procedure.ts) mapped into the catalogue's schema
 * (procedure.ts). Pure: no I/O, no clock. What the record does not say is not guessed: each such
 * point is an issue naming the field ("cần bổ sung"); a record that cannot make a valid catalogue
 * entry at all (no usable processing time, no component, no result, only fees in another
 * currency) is refused with its issues, and the desk keeps the version it had.
 */
import type { ProcessingTime } from '../calendar/types';
import { vnIsoDate } from '../calendar/vietnam-time';
import { foldVietnamese, normalizeText } from '../text';
import type { NationalProcedure } from './national-procedure';
import { type ChannelTime, type FeeRule, type Procedure, type ProcedureCase, type ProcedureComponent, procedureSchema } from './procedure';

export interface MappingIssue {
  /** The catalogue field concerned, e.g. "processingTime", "fees[0].amount", "components". */
  field: string;
  message: string;
}

export type MappedProcedure = { ok: true; procedure: Procedure; issues: MappingIssue[] } | { ok: false; issues: MappingIssue[] };

const VND = 'Việt Nam Đồng';
const CHANNELS = { DIRECT: 'direct', ONLINE: 'online', POSTAL: 'postal' } as const;

/** Trims, collapses whitespace, drops the list marks the portal leaves ("- ", "+ ", "* "). */
function clean(text: string | null | undefined): string {
  return normalizeText(text ?? '').replace(/^[-+*•]\s*/, '');
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function slug(name: string): string {
  return (
    foldVietnamese(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'khac'
  );
}

/** A national {qty, type} as the rules library's time; null when the record does not say. */
export function nationalTime(qty: number | null | undefined, type: string | null | undefined): ProcessingTime | null {
  if (!qty || qty <= 0 || !type) return null;
  switch (type) {
    case 'WORKING_DAY':
      return { unit: 'working-days', amount: qty };
    case 'DAY':
      return { unit: 'calendar-days', amount: qty };
    case 'WORKING_HOUR':
    case 'HOUR':
      return { unit: 'working-hours', amount: qty };
    default:
      return null;
  }
}

/**
 * A time said in words where the record's unit is OTHER: "Trong ngày; nhận sau 15 giờ thì trả
 * trong ngày làm việc tiếp theo" (same day, with its cut-off), "5 ngày làm việc", "4 giờ làm
 * việc". Anything else is not a time the desk can count (null).
 */
export function timeFromText(text: string | null | undefined): ProcessingTime | null {
  const t = foldVietnamese(text ?? '');
  if (!t) return null;
  const days = /(\d+(?:[.,]\d+)?)\s*ngay lam viec/.exec(t);
  const hours = /(\d+(?:[.,]\d+)?)\s*gio lam viec/.exec(t);
  const sameDay = t.search(/\btrong ngay\b/);
  if (sameDay >= 0 && (!days || sameDay < days.index)) {
    const cut = /sau (\d{1,2})\s*(?:gio|h)\s*(\d{2})?/.exec(t);
    const hh = cut ? Number(cut[1]) : NaN;
    const mm = cut?.[2] ? Number(cut[2]) : 0;
    return hh >= 0 && hh <= 23 && mm <= 59 ? { unit: 'same-day', cutoff: `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}` } : { unit: 'same-day' };
  }
  const number = (m: RegExpExecArray) => Number(m[1]!.replace(',', '.'));
  if (days && number(days) > 0) return { unit: 'working-days', amount: number(days) };
  if (hours && number(hours) > 0) return { unit: 'working-hours', amount: number(hours) };
  return null;
}

/** "200.000" or "1,000" (đồng) -> 200000. */
function amountOf(text: string): number {
  return Number(text.replace(/[.,\s]/g, ''));
}

type FeeUnit = 'page' | 'copy' | 'case';

function feeUnit(description: string): FeeUnit {
  const d = foldVietnamese(description);
  if (/\/\s*trang/.test(d)) return 'page';
  if (/\/\s*ban\b/.test(d)) return 'copy';
  return 'case';
}

const PROVINCE_SETS = /hoi dong nhan dan|hdnd|tinh quy dinh|do tinh quy dinh|dia phuong quy dinh/;

interface FeeSource {
  type: string;
  value: number;
  description: string;
  methodDescription: string;
}

/** One national fee line as a catalogue rule, with what a supervisor must complete. */
function feeRule(line: FeeSource, index: number, procedureName: string, from: string, issues: MappingIssue[]): FeeRule {
  const kindName = line.type === 'CHARGE' ? 'Lệ phí' : 'Phí';
  const name = cut(`${kindName} ${procedureName.charAt(0).toLowerCase()}${procedureName.slice(1)}`, 300);
  const common = { code: `LP${index + 1}`, name, from, to: null, exemptGroups: [] as string[], setBy: 'national' as 'national' | 'province' };
  const text = `${line.description} ${line.methodDescription}`;
  const unit = feeUnit(line.description || line.methodDescription);
  if (line.value === 0) {
    if (PROVINCE_SETS.test(foldVietnamese(text))) {
      issues.push({ field: `fees[${index}].amount`, message: 'mức thu do Hội đồng nhân dân tỉnh quyết định: cần nhập số tiền (cần bổ sung)' });
      const kind = unit === 'copy' ? 'per-copy' : 'per-case';
      return { ...common, setBy: 'province', kind, amount: null, collection: 'before' };
    }
    return { ...common, kind: 'free', collection: 'none' };
  }
  if (unit === 'page') {
    const tiers = [{ fromPage: 1, amount: line.value }];
    const folded = foldVietnamese(line.methodDescription);
    for (const m of folded.matchAll(/tu trang thu (\d+) tro len(?: thu)? ([\d.,]+) dong\s*\/\s*trang/g)) {
      const fromPage = Number(m[1]);
      if (fromPage > tiers[tiers.length - 1]!.fromPage) tiers.push({ fromPage, amount: amountOf(m[2]!) });
    }
    const cap = /toi da(?: thu)?(?: khong qua)? ([\d.,]+) dong/.exec(folded);
    return { ...common, kind: 'per-page', tiers, capPerCopy: cap ? amountOf(cap[1]!) : null, collection: 'before' };
  }
  return { ...common, kind: unit === 'copy' ? 'per-copy' : 'per-case', amount: line.value, collection: 'before' };
}

function mapFees(record: NationalProcedure, name: string, issues: MappingIssue[]): FeeRule[] | null {
  const methods = record.executionMethods ?? [];
  // The counter receives in person: the direct channel's fees, or every channel's when none is direct.
  const direct = methods.filter((m) => m.submissionMethod === 'DIRECT' && (m.fees ?? []).length > 0);
  const chosen = direct.length > 0 ? direct : methods;
  const decided = record.procedureProposal?.decisionDate;
  const from = typeof decided === 'number' ? vnIsoDate(decided) : '2000-01-01';
  const lines: FeeSource[] = [];
  const foreign: string[] = [];
  for (const method of chosen) {
    for (const fee of method.fees ?? []) {
      const currency = normalizeText(fee.currencyName ?? '');
      if (fee.value > 0 && currency !== VND) {
        foreign.push(`${fee.value} ${currency || '(không ghi đơn vị tiền)'}`);
        continue;
      }
      const line = { type: fee.type ?? 'FEE', value: fee.value, description: normalizeText(fee.description ?? ''), methodDescription: normalizeText(method.description ?? '') };
      if (!lines.some((l) => l.value === line.value && l.description === line.description && l.type === line.type)) lines.push(line);
    }
  }
  if (lines.length === 0) {
    if (foreign.length > 0) {
      issues.push({ field: 'fees', message: `chỉ có phí bằng ngoại tệ (${foreign.join(', ')}): cần nhập mức thu bằng đồng` });
      return null;
    }
    issues.push({ field: 'fees', message: 'bản ghi không có dòng phí, lệ phí: coi là không thu, cần xác nhận (cần bổ sung)' });
    return [{ code: 'LP1', name: cut(`Phí, lệ phí ${name.charAt(0).toLowerCase()}${name.slice(1)}`, 300), kind: 'free', from, to: null, collection: 'none', exemptGroups: [], setBy: 'national' }];
  }
  const charged = lines.filter((l) => l.value > 0 || PROVINCE_SETS.test(foldVietnamese(`${l.description} ${l.methodDescription}`)));
  // Several free lines say one thing: nothing is collected.
  const kept = charged.length > 0 ? charged : lines.slice(0, 1);
  return kept.map((line, i) => feeRule(line, i, name, from, issues));
}

function mapComponents(record: NationalProcedure, issues: MappingIssue[]): { components: ProcedureComponent[]; notes: string[] } {
  const components: ProcedureComponent[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  let uncoded = 0;
  for (const group of record.executionCases ?? []) {
    const isNotes = /luu y|ghi chu/.test(foldVietnamese(group.name ?? ''));
    for (const c of group.profileComponents ?? []) {
      const name = clean(c.name);
      const originals = c.originalQty ?? 0;
      const copies = c.copyQty ?? 0;
      // The portal mixes notes into the list: a line asking for no paper, or under "Lưu ý", is a note.
      if (isNotes || originals + copies === 0) {
        if (name) notes.push(name);
        continue;
      }
      let code = normalizeText(c.code ?? '');
      if (!/^[A-Za-z0-9._-]{1,40}$/.test(code)) {
        uncoded += 1;
        code = `TP${uncoded}`;
        issues.push({ field: `components[${components.length}].code`, message: `thành phần "${cut(name, 60)}" không có mã quốc gia: dùng tạm mã ${code} (cần bổ sung)` });
      }
      if (seen.has(code)) continue;
      seen.add(code);
      components.push({ code, name: cut(name, 500), originals, copies, required: c.required === true });
    }
  }
  if (components.length > 0 && components.every((c) => !c.required)) {
    issues.push({ field: 'components.required', message: 'bản ghi quốc gia không đánh dấu thành phần bắt buộc nào: lãnh đạo cần xác nhận thành phần bắt buộc (cần bổ sung)' });
  }
  return { components, notes };
}

function mapCases(record: NationalProcedure): ProcedureCase[] {
  const raw = (record.cases ?? []).map((c, i) => ({
    code: normalizeText(c.code ?? '') || `${record.code}.${String(i + 1).padStart(2, '0')}`,
    name: clean(c.name) || record.name,
    processingTime: nationalTime(c.processingDay?.qty, c.processingDay?.type),
  }));
  raw.sort((a, b) => a.code.localeCompare(b.code));
  const names = new Map<string, number>();
  for (const c of raw) names.set(c.name, (names.get(c.name) ?? 0) + 1);
  // Two cases of the same name are told apart by their code at intake.
  return raw.map((c) => ({ ...c, name: cut((names.get(c.name) ?? 0) > 1 ? `${c.name} (${c.code})` : c.name, 500) }));
}

function mapChannels(record: NationalProcedure): ChannelTime[] {
  const byChannel = new Map<ChannelTime['channel'], ChannelTime>();
  for (const m of record.executionMethods ?? []) {
    const channel = CHANNELS[m.submissionMethod];
    const time = nationalTime(m.processingTime, m.processingTimeUnit) ?? timeFromText(m.description);
    const known = byChannel.get(channel);
    if (!known || (!known.processingTime && time)) byChannel.set(channel, { channel, processingTime: time });
  }
  return (['direct', 'online', 'postal'] as const).flatMap((c) => (byChannel.has(c) ? [byChannel.get(c)!] : []));
}

function timeKey(t: ProcessingTime | null): string {
  return JSON.stringify(t);
}

/** Maps one national record; the result, when ok, satisfies procedureSchema. */
export function procedureFromNational(record: NationalProcedure): MappedProcedure {
  const issues: MappingIssue[] = [];
  const name = cut(clean(record.name), 500);
  const category = record.category?.name ? record.category : (record.categoriesDetails ?? []).find((c) => c.name);
  const fieldName = clean(category?.name);
  if (!fieldName) issues.push({ field: 'field', message: 'bản ghi không có lĩnh vực: xếp vào "Khác" (cần bổ sung)' });
  const field = { code: slug(fieldName || 'Khác'), name: cut(fieldName || 'Khác', 200) };

  const cases = mapCases(record);
  const channels = mapChannels(record);
  const direct = channels.find((c) => c.channel === 'direct')?.processingTime ?? null;
  const processingTime = cases.find((c) => c.processingTime)?.processingTime ?? direct ?? channels.find((c) => c.processingTime)?.processingTime ?? null;
  if (!processingTime) {
    issues.push({ field: 'processingTime', message: 'bản ghi không có thời hạn giải quyết dùng được (đơn vị OTHER hoặc 0): cần nhập thời hạn (cần bổ sung)' });
  }
  const distinctTimes = new Set([...cases.map((c) => c.processingTime), ...channels.map((c) => c.processingTime)].filter(Boolean).map(timeKey));
  const { components, notes } = mapComponents(record, issues);
  if (components.length === 0) issues.push({ field: 'components', message: 'bản ghi không có thành phần hồ sơ nào cần nộp hoặc xuất trình (cần bổ sung)' });
  const fees = mapFees(record, name, issues);
  const results = (record.resultsDetails ?? []).map((r) => cut(clean(r.name), 300)).filter(Boolean);
  if (results.length === 0) issues.push({ field: 'results', message: 'bản ghi không có kết quả giải quyết (cần bổ sung)' });
  const legalBasis = (record.legalBasisesDetails ?? []).map((b) => clean(b.name)).filter(Boolean);
  const methods = new Set((record.executionMethods ?? []).map((m) => m.submissionMethod));
  const level: Procedure['level'] = record.isOfflineOnly || !methods.has('ONLINE') ? 'truc-tiep' : record.isFullProcess ? 'toan-trinh' : 'mot-phan';

  if (!processingTime || components.length === 0 || !fees || results.length === 0) return { ok: false, issues };
  const candidate: Procedure = {
    code: record.code,
    name,
    field,
    level,
    processingTime,
    ...(distinctTimes.size > 1 ? { processingTimeNote: 'Thời hạn khác nhau theo trường hợp hoặc cách nộp (xem từng trường hợp).' } : {}),
    supplementRule: 'pause',
    components,
    fees,
    results,
    ...(legalBasis.length ? { legalBasis } : {}),
    ...(notes.length ? { note: notes.join('\n') } : {}),
    ...(cases.length > 1 ? { cases } : {}),
    ...(channels.length ? { channels } : {}),
  };
  const checked = procedureSchema.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) issues.push({ field: issue.path.join('.') || 'procedure', message: issue.message });
    return { ok: false, issues };
  }
  return { ok: true, procedure: checked.data, issues };
}
