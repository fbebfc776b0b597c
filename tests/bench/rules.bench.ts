/**
 * Per-call timings of the rules library: dueDate (p50/p95) and the lunar conversion, against the
 * targets of issue 3. A plain script: `npx tsx tests/bench/rules.bench.ts`; `npm run bench`
 * imports runRulesBench.
 */
import { pathToFileURL } from 'node:url';
import { dueDate, lunarToSolar, solarToLunar, type ProcessingTime } from '../../shared/calendar';

const DUE_DATE_P50_TARGET_US = 20;
const CONVERSION_TARGET_US = 5;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const verdict = (value: number, target: number) => (value <= target ? 'OK' : 'VƯỢT MỤC TIÊU');

/** Deterministic pseudo-random numbers, so runs are comparable. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function benchDueDate(): { p50: number; p95: number; calls: number } {
  const random = lcg(42);
  const times: ProcessingTime[] = [
    { unit: 'same-day', cutoff: '15:00' },
    { unit: 'working-days', amount: 3 },
    { unit: 'working-days', amount: 15 },
    { unit: 'working-hours', amount: 4 },
    { unit: 'calendar-days', amount: 10 },
  ];
  const start = Date.UTC(2025, 0, 1);
  const span = Date.UTC(2028, 0, 1) - start;
  const inputs = Array.from({ length: 20_000 }, () => ({ at: new Date(start + Math.floor(random() * span)), time: times[Math.floor(random() * times.length)]! }));
  // Warm-up: JIT and the per-year holiday caches, as in a running desk.
  for (const { at, time } of inputs.slice(0, 2000)) dueDate(at, time);
  // Time batches of 10 calls: single calls are below the timer's resolution.
  const batch = 10;
  const perCall: number[] = [];
  for (let i = 0; i + batch <= inputs.length; i += batch) {
    const t0 = performance.now();
    for (let j = i; j < i + batch; j++) dueDate(inputs[j]!.at, inputs[j]!.time);
    perCall.push(((performance.now() - t0) * 1000) / batch);
  }
  perCall.sort((a, b) => a - b);
  return { p50: percentile(perCall, 50), p95: percentile(perCall, 95), calls: inputs.length };
}

function benchConversion(): { perCallUs: number; calls: number } {
  const random = lcg(7);
  const first = Date.UTC(1900, 0, 1) / 86_400_000;
  const days = Math.floor(Date.UTC(2200, 0, 1) / 86_400_000) - first;
  const dates = Array.from({ length: 200_000 }, () => {
    const d = new Date((first + Math.floor(random() * days)) * 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  });
  // Warm-up fills the per-year tables once, as a running desk would.
  for (const d of dates) lunarToSolar(solarToLunar(d));
  const t0 = performance.now();
  for (const d of dates) lunarToSolar(solarToLunar(d));
  const elapsedUs = (performance.now() - t0) * 1000;
  // Two conversions per date.
  return { perCallUs: elapsedUs / (dates.length * 2), calls: dates.length * 2 };
}

function coldConversion(): number {
  // A year never seen before: computes its new moons and solar terms from the astronomy.
  const t0 = performance.now();
  solarToLunar({ year: 2187, month: 6, day: 15 });
  return (performance.now() - t0) * 1000;
}

export async function runRulesBench(): Promise<void> {
  const cold = coldConversion();
  const due = benchDueDate();
  const conversion = benchConversion();
  const rows = [
    ['dueDate p50', due.p50, DUE_DATE_P50_TARGET_US],
    ['dueDate p95', due.p95, null],
    ['solarToLunar/lunarToSolar', conversion.perCallUs, CONVERSION_TARGET_US],
  ] as const;
  console.log(`Rules library (${due.calls} dueDate calls, ${conversion.calls} conversions)`);
  for (const [name, value, target] of rows) {
    const goal = target === null ? '' : ` (mục tiêu <= ${target} µs: ${verdict(value, target)})`;
    console.log(`  ${name.padEnd(28)} ${value.toFixed(2).padStart(8)} µs/lần${goal}`);
  }
  console.log(`  ${'first conversion of a year'.padEnd(28)} ${cold.toFixed(0).padStart(8)} µs (tính thiên văn, một lần mỗi năm)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runRulesBench();
}
