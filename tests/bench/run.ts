/**
 * `npm run bench`: every benchmark, figures against their targets as plain lines (no assertions),
 * then one summary table. BENCH_DOSSIERS=100000 scales the counter-workflow database down.
 */
import os from 'node:os';
import { printTable, type SummaryRow } from './bench-stats';
import { runHostBench } from './host.bench';
import { runRulesBench } from './rules.bench';
import { runDossiersBench } from './dossiers.bench';
import { runCashBench } from './cash.bench';
import { runReportsBench } from './reports.bench';
import { runSyncBench } from './sync.bench';
import { runAttachmentsBench } from './attachments.bench';
import { runBackupBench } from './backup.bench';
import { runEncryptionBench } from './encryption.bench';
import { runCatalogBench } from './catalog.bench';

const dossiers = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
if (!Number.isInteger(dossiers) || dossiers < 1000) throw new Error(`BENCH_DOSSIERS must be a whole number >= 1000, not "${process.env.BENCH_DOSSIERS}".`);

const started = performance.now();
console.log(`Một Cửa Desk benchmarks: Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${os.platform()} ${os.release()}`);
console.log('');
const rows: SummaryRow[] = [];
rows.push(...(await runHostBench()));
console.log('');
await runRulesBench();
console.log('');
rows.push(...(await runDossiersBench(dossiers)));
console.log('');
rows.push(...(await runCashBench(dossiers)));
console.log('');
rows.push(...(await runReportsBench(dossiers)));
console.log('');
rows.push(...(await runSyncBench()));
console.log('');
rows.push(...(await runCatalogBench()));
console.log('');
await runAttachmentsBench();
console.log('');
rows.push(...(await runBackupBench(dossiers)));
console.log('');
rows.push(...(await runEncryptionBench(dossiers)));
console.log('');
printTable(`Summary (rules library figures above; whole bench ${((performance.now() - started) / 1000).toFixed(0)} s)`, rows);
