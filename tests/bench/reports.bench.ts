/**
 * The supervisor's Decision 766 figures on the generated database (issue 14, point 9):
 * `reports.indicators` for the year up to the moment the data was generated around, and the first
 * page of the late dossiers behind the on-time figure (`dossiers.list {indicator: {late: true}}`),
 * through the real core with the supervisor's token. Works on a copy of the cached data folder.
 * Standalone: `npx tsx tests/bench/reports.bench.ts` (BENCH_DOSSIERS scales the database).
 */
import { pathToFileURL } from 'node:url';
import type { IndicatorReport } from '../../shared/api';
import { vnIsoDate } from '../../shared/calendar';
import { summarize, type SummaryRow } from './bench-stats';
import { BENCH_SUPERVISOR } from './generate-dossiers';
import { openGeneratedCopy } from './generated-core';

const TARGET_MS = 100;
const SAMPLES = 30;
const WARMUP = 3;

function line(name: string, samples: number[]): { p50: number; p95: number } {
  const s = summarize(samples);
  console.log(`  ${name.padEnd(46)} p50 ${s.p50.toFixed(1).padStart(7)} ms  p95 ${s.p95.toFixed(1).padStart(7)} ms  max ${s.max.toFixed(1).padStart(6)} ms  (${s.n})`);
  return s;
}

export async function runReportsBench(count: number): Promise<SummaryRow[]> {
  console.log(`Decision 766 figures on ${count.toLocaleString('en-US')} generated dossiers`);
  const { core, cached, close } = await openGeneratedCopy(count, 'motcua-bench-reports-');
  try {
    const login = await core.call('auth.login', BENCH_SUPERVISOR, null, { transport: 'http' });
    if (!login.ok) throw new Error(`auth.login: ${JSON.stringify(login.error)}`);
    const token = (login.value as { token: string }).token;
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const answer = await core.call(method, input, token, { transport: 'http' });
      if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
      return answer.value as T;
    };
    const to = vnIsoDate(cached.anchor);
    const from = vnIsoDate(new Date(cached.anchor.getTime() - 364 * 86_400_000));
    const year: number[] = [];
    const lateList: number[] = [];
    let report: IndicatorReport | null = null;
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const t0 = performance.now();
      report = await call<IndicatorReport>('reports.indicators', { from, to });
      const t1 = performance.now();
      await call('dossiers.list', { indicator: { from, to, late: true }, limit: 50 });
      const t2 = performance.now();
      if (i < WARMUP) continue;
      year.push(t1 - t0);
      lateList.push(t2 - t1);
    }
    const onTime = report!.figures.find((f) => f.code === 'onTime')!;
    console.log(`  year ${from} .. ${to}: ${onTime.denominator.toLocaleString('en-US')} dossiers counted, ${onTime.numerator.toLocaleString('en-US')} on time`);
    const stats = line('reports.indicators for a year', year);
    const list = line('late dossiers of the year, first page', lateList);
    console.log(`  reports.indicators for a year p95: ${stats.p95.toFixed(1)} ms (target <= ${TARGET_MS} ms: ${stats.p95 <= TARGET_MS ? 'OK' : 'VƯỢT MỤC TIÊU'})`);
    return [
      { name: 'reports.indicators for a year p95', value: stats.p95, unit: 'ms', target: TARGET_MS },
      { name: 'late dossiers of a year, first page p95', value: list.p95, unit: 'ms', target: null },
    ];
  } finally {
    await close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runReportsBench(Number(process.env.BENCH_DOSSIERS ?? 1_000_000));
}
