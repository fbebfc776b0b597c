/** Small helpers shared by the benchmarks: percentiles, verdicts and the closing summary table. */

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarize(samples: readonly number[]): { p50: number; p95: number; max: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? Number.NaN, n: sorted.length };
}

export function median(samples: readonly number[]): number {
  return percentile([...samples].sort((a, b) => a - b), 50);
}

export interface SummaryRow {
  name: string;
  value: number;
  unit: string;
  /** Upper bound; null for figures given for information. */
  target: number | null;
}

export function verdict(value: number, target: number | null): string {
  if (target === null) return '';
  return value <= target ? 'OK' : 'VƯỢT MỤC TIÊU';
}

/** One line per figure: value, target, ratio value/target and the verdict. */
export function formatRow(row: SummaryRow, nameWidth = 44): string {
  const value = `${row.value.toFixed(row.value < 10 ? 2 : 1)} ${row.unit}`;
  const target = row.target === null ? '' : `<= ${row.target} ${row.unit}`;
  const ratio = row.target === null ? '' : `${(row.value / row.target).toFixed(2)}x`;
  return `  ${row.name.padEnd(nameWidth)} ${value.padStart(12)}  ${target.padStart(12)}  ${ratio.padStart(7)}  ${verdict(row.value, row.target)}`;
}

export function printTable(title: string, rows: readonly SummaryRow[]): void {
  const width = Math.max(44, ...rows.map((r) => r.name.length));
  console.log(title);
  console.log(`  ${'figure'.padEnd(width)} ${'measured'.padStart(12)}  ${'target'.padStart(12)}  ${'ratio'.padStart(7)}  verdict`);
  for (const row of rows) console.log(formatRow(row, width));
}
