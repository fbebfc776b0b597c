import { z } from 'zod';
import { method, SUPERVISORS } from './method';

const isoDate = (label: string) => z.string({ error: `${label}: bắt buộc.` }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}: phải có dạng yyyy-mm-dd.` });

/** Longest period a report covers (five years), so one call stays bounded. */
export const MAX_PERIOD_DAYS = 5 * 366;

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** A period of Vietnam calendar days, both ends included. */
export const periodSchema = z
  .object({ from: isoDate('Từ ngày'), to: isoDate('Đến ngày') })
  .refine((p) => p.from <= p.to, { error: 'Từ ngày phải trước hoặc bằng đến ngày.', path: ['to'] })
  .refine((p) => dayNumber(p.to) - dayNumber(p.from) < MAX_PERIOD_DAYS, { error: 'Kỳ báo cáo dài tối đa 5 năm.', path: ['to'] });

/**
 * The dossiers behind a figure (`dossiers.list {indicator}`): those counted in the period, narrowed
 * by each flag given (electron/core/reports/dossier-judgement.ts defines each).
 */
export const indicatorFilterSchema = z
  .object({
    from: isoDate('Từ ngày'),
    to: isoDate('Đến ngày'),
    late: z.boolean().optional(),
    /** Processing finished (9 or 10) within the period: the dossiers of the average processing time. */
    finished: z.boolean().optional(),
    digitised: z.boolean().optional(),
    /** The procedure is offered online (toàn trình or một phần). */
    offeredOnline: z.boolean().optional(),
    filedOnline: z.boolean().optional(),
    /** The dossier's fee is more than 0 đồng. */
    feeBearing: z.boolean().optional(),
    paidOnline: z.boolean().optional(),
    /** The citizen rated the service within the period (ratings.record). */
    rated: z.boolean().optional(),
    /** The rating was "Hài lòng". */
    satisfied: z.boolean().optional(),
  })
  .refine((p) => p.from <= p.to, { error: 'Từ ngày phải trước hoặc bằng đến ngày.', path: ['to'] })
  .refine((p) => dayNumber(p.to) - dayNumber(p.from) < MAX_PERIOD_DAYS, { error: 'Kỳ báo cáo dài tối đa 5 năm.', path: ['to'] });
export type IndicatorFilter = z.output<typeof indicatorFilterSchema>;

export type IndicatorCode = 'onTime' | 'avgProcessingDays' | 'digitised' | 'onlineFiling' | 'onlinePayment' | 'satisfaction';

export interface IndicatorFigure {
  code: IndicatorCode;
  title: string;
  /** Dossiers (avgProcessingDays: total days of processing, two decimals). */
  numerator: number;
  denominator: number;
  /** numerator / denominator (avgProcessingDays: days per dossier); null when the denominator is 0. */
  ratio: number | null;
  points?: number;
  maxPoints?: number;
  /** The national target ratio, where the decision gives one. */
  target?: number;
  /** What the figure counts, in Vietnamese, as the screen and the Excel file say it. */
  counts: string;
  /** Why the desk's count may stay at 0 (data the desk does not keep). */
  note?: string;
  /** `dossiers.list {indicator}` for the dossiers of the numerator and of the denominator. */
  lists: { numerator: IndicatorFilter | null; denominator: IndicatorFilter };
}

export interface IndicatorReport {
  from: string;
  to: string;
  /** Open dossiers are judged at this instant: the end of the period, or now when the period has not ended. */
  judgedAt: string;
  figures: IndicatorFigure[];
  /** "Số liệu do phường tự đếm ..." */
  scope: string;
}

export interface IndicatorsFile {
  fileName: string;
  contentBase64: string;
}

export const reportsMethods = {
  /** The ward's own Decision 766 figures for a period (satisfaction only once ratings exist). */
  'reports.indicators': method<IndicatorReport>()({ input: periodSchema, access: SUPERVISORS, kind: 'read' }),
  /** The same figures as an Excel workbook, with the late and the undigitised dossiers. */
  'reports.indicatorsExcel': method<IndicatorsFile>()({ input: periodSchema, access: SUPERVISORS, kind: 'read' }),
};
