/**
 * Cash at the counter on the generated database (issue 6, point 9): collecting a dossier's fee
 * (payment, lines, the next receipt number of the counter's range, the dossier's new revision and
 * outbox entry, audit; one durable transaction) followed by the receipt's print model
 * (`payments.receipt`, which counts the print), through the real core with an officer's token.
 * Works on a copy of the cached data folder that `dossiers.bench.ts` generates.
 * Standalone: `npx tsx tests/bench/cash.bench.ts` (BENCH_DOSSIERS scales the database).
 */
import { pathToFileURL } from 'node:url';
import type { ProcedureDetail } from '../../shared/api';
import { summarize, type SummaryRow } from './bench-stats';
import { officerCall, openGeneratedCopy } from './generated-core';

const TARGET_MS = 20;
const COLLECTIONS = 300;
const WARMUP = 10;
/** Chứng thực bản sao: 2.000 đ a page for pages 1-2, 1.000 đ from page 3, collected at intake. */
const PROCEDURE = '2.000815';

function line(name: string, samples: number[]): { p50: number; p95: number } {
  const s = summarize(samples);
  console.log(`  ${name.padEnd(46)} p50 ${s.p50.toFixed(2).padStart(7)} ms  p95 ${s.p95.toFixed(2).padStart(7)} ms  max ${s.max.toFixed(1).padStart(6)} ms  (${s.n})`);
  return s;
}

export async function runCashBench(count: number): Promise<SummaryRow[]> {
  console.log(`Cash at the counter on ${count.toLocaleString('en-US')} generated dossiers`);
  const { core, close } = await openGeneratedCopy(count, 'motcua-bench-cash-');
  try {
    const call = await officerCall(core);

    const procedure = await call<ProcedureDetail>('catalog.get', { code: PROCEDURE });
    const components = procedure.components.filter((c) => c.required).map((c) => ({ code: c.code, originals: Math.max(1, c.originals), copies: c.copies }));
    const receive = (i: number) =>
      call<{ id: string }>('dossiers.create', {
        procedureCode: PROCEDURE,
        applicant: { fullName: `Nguyễn Văn Thu ${i}`, address: 'Số 12, đường Lê Lợi, Phường Tập Huấn' },
        components,
        feeQuantities: { pages: 3 + (i % 5), copies: 1 + (i % 2) },
      });
    const open = await call<{ id: number } | null>('cash.current', undefined);
    if (!open) await call('cash.open', { float: 500_000 });

    // The dossiers are received first (not timed), so the samples are the cash path alone.
    const total = WARMUP + COLLECTIONS;
    const dossierIds: string[] = [];
    for (let i = 0; i < total; i++) dossierIds.push((await receive(i)).id);
    const collect: number[] = [];
    const receipt: number[] = [];
    const both: number[] = [];
    const numbers: number[] = [];
    for (let i = 0; i < total; i++) {
      const tCollect = performance.now();
      const paid = await call<{ paymentId: string; amount: number; receipt: { number: number } }>('payments.collect', { dossierId: dossierIds[i], tendered: 500_000 });
      const tReceipt = performance.now();
      const printed = await call<{ amountInWords: string; receipt: { number: number } }>('payments.receipt', { paymentId: paid.paymentId });
      const tEnd = performance.now();
      if (printed.receipt.number !== paid.receipt.number || !printed.amountInWords) throw new Error('the print model does not match the payment');
      numbers.push(paid.receipt.number);
      if (i < WARMUP) continue;
      collect.push(tReceipt - tCollect);
      receipt.push(tEnd - tReceipt);
      both.push(tEnd - tCollect);
    }
    const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
    console.log(`  receipt numbers ${numbers[0]}-${numbers[numbers.length - 1]}: ${consecutive ? 'consecutive, no gap' : 'NOT CONSECUTIVE'}`);
    line('payments.collect (durable, with receipt number)', collect);
    line('payments.receipt (print model, counts the print)', receipt);
    const stats = line('collect + receipt number + print model', both);
    console.log(`  target p95 <= ${TARGET_MS} ms: ${stats.p95 <= TARGET_MS ? 'OK' : 'VƯỢT MỤC TIÊU'}`);
    return [
      { name: 'cash: collect + receipt + print model p95', value: stats.p95, unit: 'ms', target: TARGET_MS },
      { name: 'cash: collect + receipt + print model p50', value: stats.p50, unit: 'ms', target: null },
    ];
  } finally {
    await close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
  await runCashBench(count);
}
