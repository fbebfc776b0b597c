import { create } from 'zustand';
import { indicatorFilterSchema, type IndicatorFilter } from '../../../../shared/api/reports';

export type DueFilter = 'today' | 'overdue' | 'soon';

export interface QueueFilters {
  search: string;
  status: number[];
  due: DueFilter | null;
  procedureCode: string | null;
  officer: string;
  /** yyyy-mm-dd, Vietnam dates. */
  receivedFrom: string | null;
  receivedTo: string | null;
  /** The dossiers behind a Decision 766 figure on Giám sát. */
  indicator: IndicatorFilter | null;
}

export const EMPTY_FILTERS: QueueFilters = {
  search: '',
  status: [],
  due: null,
  procedureCode: null,
  officer: '',
  receivedFrom: null,
  receivedTo: null,
  indicator: null,
};

interface QueueFiltersState {
  filters: QueueFilters;
  setFilters: (change: Partial<QueueFilters>) => void;
  /** Replaces every filter, e.g. when the supervisor screen opens the queue on "Quá hạn". */
  replaceFilters: (next: Partial<QueueFilters>) => void;
}

/** The queue's filters; kept while the officer moves between screens. */
export const useQueueFilters = create<QueueFiltersState>()((set) => ({
  filters: EMPTY_FILTERS,
  setFilters: (change) => set((state) => ({ filters: { ...state.filters, ...change } })),
  replaceFilters: (next) => set({ filters: { ...EMPTY_FILTERS, ...next } }),
}));

const DUE_VALUES: readonly DueFilter[] = ['today', 'overdue', 'soon'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters a link such as `#/queue?due=overdue&status=5,9&procedure=1.004873` asks for; null without a query. */
export function filtersFromHash(hash: string): Partial<QueueFilters> | null {
  const query = hash.split('?')[1];
  if (!query) return null;
  const params = new URLSearchParams(query);
  const out: Partial<QueueFilters> = {};
  const due = params.get('due');
  if (due && (DUE_VALUES as readonly string[]).includes(due)) out.due = due as DueFilter;
  const status = params.get('status');
  if (status) out.status = status.split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= 10);
  const procedure = params.get('procedure');
  if (procedure) out.procedureCode = procedure;
  const officer = params.get('officer');
  if (officer) out.officer = officer;
  const from = params.get('from');
  if (from && DATE.test(from)) out.receivedFrom = from;
  const to = params.get('to');
  if (to && DATE.test(to)) out.receivedTo = to;
  const search = params.get('q');
  if (search) out.search = search;
  const indicator = params.get('indicator');
  if (indicator) out.indicator = indicatorFromText(indicator);
  return out;
}

/** The queue link for these filters, for the supervisor's cards and tables. */
export function queueHref(filters: Partial<QueueFilters>): string {
  const params = new URLSearchParams();
  if (filters.due) params.set('due', filters.due);
  if (filters.status?.length) params.set('status', filters.status.join(','));
  if (filters.procedureCode) params.set('procedure', filters.procedureCode);
  if (filters.officer) params.set('officer', filters.officer);
  if (filters.receivedFrom) params.set('from', filters.receivedFrom);
  if (filters.receivedTo) params.set('to', filters.receivedTo);
  if (filters.indicator) params.set('indicator', JSON.stringify(filters.indicator));
  const query = params.toString();
  return query ? `#/queue?${query}` : '#/queue';
}

function indicatorFromText(text: string): IndicatorFilter | null {
  try {
    const parsed = indicatorFilterSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
