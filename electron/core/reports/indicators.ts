import type Database from 'better-sqlite3-multiple-ciphers';
import type { IndicatorFigure, IndicatorFilter, IndicatorReport } from '../../../shared/api/reports';
import { vnDayStartIso, type WorkCalendar } from '../../../shared/calendar';
import type { ProcedureCatalog } from '../dossiers';
import { judgeDossier, type DossierFacts, type Judgement } from './dossier-judgement';
import { countedDossiers } from './indicator-rows';

export const INDICATOR_SCOPE =
  'Số liệu do phường tự đếm từ dữ liệu của Bộ phận Một cửa trên máy này; chỉ số chính thức do Cổng dịch vụ công quốc gia tính có thể khác (cổng thấy cả phần việc của bộ phận xử lý và các cơ quan khác).';

export interface JudgedDossier {
  facts: DossierFacts;
  judgement: Judgement;
}

export interface JudgedPeriod {
  from: string;
  to: string;
  judgedAt: string;
  dossiers: JudgedDossier[];
}

/** Every dossier counted in the period (Vietnam days from..to), judged at the period's end or now, whichever is first. */
export function judgePeriod(db: Database.Database, period: { from: string; to: string }, now: Date, calendar: WorkCalendar, catalog: ProcedureCatalog): JudgedPeriod {
  const start = vnDayStartIso(period.from);
  const end = vnDayStartIso(period.to, 1);
  const judgedAt = end < now.toISOString() ? end : now.toISOString();
  const online = new Map<string, boolean>();
  const offeredOnline = (code: string) => {
    let known = online.get(code);
    if (known === undefined) online.set(code, (known = (catalog.get(code)?.level ?? 'truc-tiep') !== 'truc-tiep'));
    return known;
  };
  const dossiers = countedDossiers(db, start, judgedAt, offeredOnline).map((facts) => ({ facts, judgement: judgeDossier(facts, judgedAt, calendar) }));
  return { from: period.from, to: period.to, judgedAt, dossiers };
}

/** Whether a judged dossier belongs to the list `dossiers.list {indicator}` asks for. */
export function matchesIndicatorFilter({ facts, judgement }: JudgedDossier, filter: IndicatorFilter): boolean {
  const is = (wanted: boolean | undefined, value: boolean) => wanted === undefined || wanted === value;
  return (
    is(filter.late, judgement.late) &&
    is(filter.finished, judgement.processingDays !== null) &&
    is(filter.digitised, judgement.digitised) &&
    is(filter.offeredOnline, facts.offeredOnline) &&
    is(filter.filedOnline, judgement.filedOnline) &&
    is(filter.feeBearing, judgement.feeBearing) &&
    is(filter.paidOnline, facts.paidOnline) &&
    is(filter.rated, facts.rating !== null) &&
    is(filter.satisfied, facts.rating === 'satisfied')
  );
}

/** The rowids of the dossiers behind one list of a figure. */
export function indicatorRowids(period: JudgedPeriod, filter: IndicatorFilter): number[] {
  return period.dossiers.filter((d) => matchesIndicatorFilter(d, filter)).map((d) => d.facts.rowid);
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

function figure(
  base: Omit<IndicatorFigure, 'ratio' | 'points'> & { points?: (ratio: number) => number },
): IndicatorFigure {
  const ratio = base.denominator > 0 ? base.numerator / base.denominator : null;
  const { points, ...rest } = base;
  return { ...rest, ratio, ...(points && ratio !== null ? { points: round(points(ratio), 2) } : {}) };
}

/** The figures of indicators-766.md over a judged period; satisfaction once a citizen has rated a dossier of it. */
export function indicatorReport(period: JudgedPeriod): IndicatorReport {
  const p = { from: period.from, to: period.to };
  const all = period.dossiers;
  const count = (filter: Omit<IndicatorFilter, 'from' | 'to'>) => all.filter((d) => matchesIndicatorFilter(d, { ...p, ...filter })).length;
  const finished = all.filter((d) => d.judgement.processingDays !== null);
  const totalDays = round(finished.reduce((sum, d) => sum + d.judgement.processingDays!, 0), 2);
  const figures: IndicatorFigure[] = [
    figure({
      code: 'onTime',
      title: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      numerator: count({ late: false }),
      denominator: all.length,
      maxPoints: 20,
      points: (r) => r * 20,
      counts: 'Hồ sơ kết thúc đúng hạn hoặc còn trong hạn ở cuối kỳ, trên hồ sơ tiếp nhận hoặc đang giải quyết trong kỳ. Hồ sơ bổ sung từ hai lần trở lên tính trễ hạn.',
      lists: { numerator: { ...p, late: false }, denominator: p },
    }),
    {
      ...figure({
        code: 'avgProcessingDays',
        title: 'Thời gian giải quyết trung bình (ngày)',
        numerator: totalDays,
        denominator: finished.length,
        counts: 'Số ngày từ tiếp nhận đến khi xử lý xong, trừ thời gian chờ bổ sung, bình quân trên hồ sơ xử lý xong trong kỳ. Chỉ để theo dõi, không tính điểm.',
        lists: { numerator: null, denominator: { ...p, finished: true } },
      }),
      ratio: finished.length ? round(totalDays / finished.length, 2) : null,
    },
    figure({
      code: 'digitised',
      title: 'Tỷ lệ số hoá hồ sơ',
      numerator: count({ digitised: true }),
      denominator: all.length,
      maxPoints: 4,
      target: 0.8,
      // 80 % or more gives the full 4 points; below, in proportion.
      points: (r) => (r >= 0.8 ? 4 : (r * 4) / 0.8),
      counts: 'Hồ sơ có tệp ở mọi thành phần (và ở kết quả khi đã có kết quả), trên hồ sơ tiếp nhận hoặc đang giải quyết trong kỳ.',
      lists: { numerator: { ...p, digitised: true }, denominator: p },
    }),
    figure({
      code: 'onlineFiling',
      title: 'Tỷ lệ hồ sơ nộp trực tuyến',
      numerator: count({ offeredOnline: true, filedOnline: true }),
      denominator: count({ offeredOnline: true }),
      target: 0.5,
      counts: 'Hồ sơ nộp trực tuyến trên hồ sơ của các thủ tục có cung cấp dịch vụ công trực tuyến (toàn trình hoặc một phần).',
      lists: { numerator: { ...p, offeredOnline: true, filedOnline: true }, denominator: { ...p, offeredOnline: true } },
    }),
    figure({
      code: 'onlinePayment',
      title: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
      numerator: count({ feeBearing: true, paidOnline: true }),
      denominator: count({ feeBearing: true }),
      maxPoints: 6,
      points: (r) => r * 6,
      counts: 'Hồ sơ thanh toán phí, lệ phí trực tuyến trên hồ sơ có phí, lệ phí lớn hơn 0 đồng.',
      note: 'Thanh toán trực tuyến là điều cổng dịch vụ công báo về (DuocThanhToanTrucTuyen); phí thu tại quầy, kể cả chuyển khoản VietQR, không tính.',
      lists: { numerator: { ...p, feeBearing: true, paidOnline: true }, denominator: { ...p, feeBearing: true } },
    }),
  ];
  const rated = count({ rated: true });
  if (rated > 0) {
    figures.push(
      figure({
        code: 'satisfaction',
        title: 'Tỷ lệ đánh giá hài lòng',
        numerator: count({ rated: true, satisfied: true }),
        denominator: rated,
        target: 0.9,
        counts: 'Đánh giá "Hài lòng" của công dân trên số đánh giá ghi trong kỳ, về hồ sơ tiếp nhận hoặc giải quyết trong kỳ (mỗi hồ sơ một đánh giá, sau khi trả kết quả hoặc từ chối).',
        note: 'Chỉ tính đánh giá tại quầy (màn hình công dân); điểm nhóm sự hài lòng do Cổng dịch vụ công quốc gia tính từ cả các kênh khác.',
        lists: { numerator: { ...p, rated: true, satisfied: true }, denominator: { ...p, rated: true } },
      }),
    );
  }
  return { from: period.from, to: period.to, judgedAt: period.judgedAt, figures, scope: INDICATOR_SCOPE };
}
