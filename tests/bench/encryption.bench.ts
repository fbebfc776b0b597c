/**
 * The cost of encryption at rest (issue 13, point 8): the same counter workload on two copies of
 * the generated database in the same run, one plain and one encrypted with SQLCipher (the core
 * converts the copy at its start, as it converts a plain database from an earlier version). Each
 * figure is a p95 through the real core (router, sessions, audit, access log) with an officer's
 * token; the lines compare them as encrypted / plain (target <= 1.3 each).
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { DATABASE_FILE } from '../../electron/core/db/open-database';
import type { ProcedureDetail } from '../../shared/api';
import { summarize, type SummaryRow } from './bench-stats';
import { BENCH_OFFICERS, ensureDossierDatabase } from './generate-dossiers';
import { officerCall, openGeneratedCopy } from './generated-core';
import { intakeInput, listCases, SEARCHES } from './dossiers.bench';

const RATIO_TARGET = 1.3;
const SAVES = 100;
const LIST_CALLS = 40;
const SEARCH_CALLS = 15;

type Label = 'plain' | 'encrypted';
type Samples = Record<Label, number[]>;

/**
 * One call on each copy, in turn (which goes first alternates), so a load from elsewhere on the
 * machine falls on both alike; answers the time of each.
 */
async function paired(samples: Samples, i: number, run: (label: Label) => Promise<unknown>): Promise<void> {
  for (const label of (i % 2 === 0 ? ['plain', 'encrypted'] : ['encrypted', 'plain']) as Label[]) {
    const t0 = performance.now();
    await run(label);
    samples[label].push(performance.now() - t0);
  }
}

const p95 = (samples: Samples): Record<Label, number> => ({ plain: summarize(samples.plain).p95, encrypted: summarize(samples.encrypted).p95 });
const empty = (): Samples => ({ plain: [], encrypted: [] });

export async function runEncryptionBench(count: number): Promise<SummaryRow[]> {
  console.log(`Encryption at rest on ${count.toLocaleString('en-US')} generated dossiers: encrypted against plain in the same run`);
  // The procedure with most dossiers, read once from the generated (plain) database both copies come from.
  const generated = await ensureDossierDatabase(count);
  const reader = new Database(path.join(generated.dir, DATABASE_FILE), { readonly: true });
  let topProcedure: string;
  try {
    topProcedure = (reader.prepare('SELECT procedure_code AS code FROM dossiers GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').get() as { code: string }).code;
  } finally {
    reader.close();
  }
  let ratios: Array<[string, number]> = [];
  const plainCopy = await openGeneratedCopy(count, 'motcua-bench-plain-');
  const t0 = performance.now();
  const encryptedCopy = await openGeneratedCopy(count, 'motcua-bench-encrypted-', { databaseKey: randomBytes(32) });
  console.log(`  the encrypted copy converted and opened in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    const calls = { plain: await officerCall(plainCopy.core), encrypted: await officerCall(encryptedCopy.core) };
    const procedures: ProcedureDetail[] = [];
    for (const code of plainCopy.cached.procedureCodes) procedures.push(await calls.plain<ProcedureDetail>('catalog.get', { code }));
    const warm = async (method: string, input: unknown) => {
      for (let i = 0; i < 3; i++) for (const label of ['plain', 'encrypted'] as Label[]) await calls[label](method, input);
    };

    await warm('dossiers.create', intakeInput(procedures, 0));
    const saves = empty();
    for (let i = 0; i < SAVES; i++) await paired(saves, i, (label) => calls[label]('dossiers.create', intakeInput(procedures, i + 1)));
    const save = p95(saves);

    let worst = { plain: 0, encrypted: 0 };
    for (const [, input] of listCases(plainCopy.cached.anchor, BENCH_OFFICERS[2]!.username, topProcedure)) {
      await warm('dossiers.list', input);
      const lists = empty();
      for (let i = 0; i < LIST_CALLS; i++) await paired(lists, i, (label) => calls[label]('dossiers.list', input));
      const p = p95(lists);
      worst = { plain: Math.max(worst.plain, p.plain), encrypted: Math.max(worst.encrypted, p.encrypted) };
    }

    const searches = empty();
    for (const search of SEARCHES) {
      await warm('dossiers.list', { search });
      for (let i = 0; i < SEARCH_CALLS; i++) await paired(searches, i, (label) => calls[label]('dossiers.list', { search }));
    }
    const search = p95(searches);
    for (const label of ['plain', 'encrypted'] as Label[]) {
      console.log(`  ${label.padEnd(9)}: intake save p95 ${save[label].toFixed(2)} ms, queue worst filter p95 ${worst[label].toFixed(2)} ms, name search p95 ${search[label].toFixed(2)} ms`);
    }
    ratios = [
      ['intake save p95', save.encrypted / save.plain],
      ['queue worst filter p95', worst.encrypted / worst.plain],
      ['name search p95', search.encrypted / search.plain],
    ];
  } finally {
    await plainCopy.close();
    await encryptedCopy.close();
  }
  // The contract lines of issue 13 (`encrypted / plain, <figure>: <ratio>`), each ratio against its target.
  for (const [name, ratio] of ratios) console.log(`encrypted / plain, ${name}: ${ratio.toFixed(2)}`);
  console.log(`  (targets <= ${RATIO_TARGET} each)`);
  return ratios.map(([name, ratio]) => ({ name: `encrypted / plain, ${name}`, value: ratio, unit: '×', target: RATIO_TARGET }));
}
