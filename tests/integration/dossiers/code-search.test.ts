import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/core/db/open-database';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { listDossiers } from '../../../electron/core/dossiers/dossier-queue';
import { DEFAULT_WORK_CALENDAR } from '../../../shared/calendar';
import { startCore, type Harness } from '../../support/core-harness';
import { makeTempDir } from '../../support/temp-dir';
import { openDeskDatabase } from '../../support/desk-database';

const BIRTH = '1.001193';
const DAYS = ['2026-11-23', '2026-11-24'];

/** Three dossiers a day on two days: codes 000.00.00.H56-26112{3,4}-500{1,2,3} (counter 1's daily numbers start at 5001). */
async function twoDaysOfIntake(h: Harness) {
  h.clock.set(`${DAYS[0]}T01:00:00Z`);
  await h.userWithRole('officer', 'lan');
  const codes: string[] = [];
  for (const day of DAYS) {
    h.clock.set(`${day}T01:00:00Z`);
    const token = await h.login('lan', 'lan-pass-1');
    const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    for (let i = 0; i < 3; i++) {
      h.clock.advance(60_000);
      codes.push((await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: `Lò Văn Páo ${i}`, address: 'Bản Lang' }, components }, token)).code);
    }
  }
  return { codes, token: await h.login('lan', 'lan-pass-1') };
}

describe('searching the queue by dossier code', () => {
  it('finds a dossier by any tail of its code (the daily number, date and number) and by its head, in any case', async () => {
    const h = await startCore();
    const { codes, token } = await twoDaysOfIntake(h);
    expect(codes[4]).toBe('000.00.00.H56-261124-5002');
    const found = async (search: string) => (await h.ok('dossiers.list', { search }, token)).items.map((i) => i.code).sort();

    expect(await found('5002')).toEqual(['000.00.00.H56-261123-5002', '000.00.00.H56-261124-5002']);
    expect(await found('002')).toEqual(['000.00.00.H56-261123-5002', '000.00.00.H56-261124-5002']);
    expect(await found('261124-5002')).toEqual(['000.00.00.H56-261124-5002']);
    expect(await found('24-5002')).toEqual(['000.00.00.H56-261124-5002']);
    expect(await found('h56-261124-5002')).toEqual(['000.00.00.H56-261124-5002']);
    expect(await found(' 000.00.00.h56-261124-5002 ')).toEqual(['000.00.00.H56-261124-5002']);
    expect(await found('000.00.00.H56-261124-5002')).toEqual(['000.00.00.H56-261124-5002']);
    expect(await found('000.00.00.h56-261123')).toEqual(codes.slice(0, 3).sort());
    expect(await found('000.00.00.')).toEqual([...codes].sort());
    expect(await found('261124')).toEqual([]); // six digits alone: an ID card or phone number, not a tail
    expect(await found('9999')).toEqual([]);
    // Name search still works beside it.
    expect((await found('lo van pao')).length).toBe(6);
  });

  it('pages through code matches by deadline like the rest of the queue', async () => {
    const h = await startCore();
    const { token } = await twoDaysOfIntake(h);
    const first = await h.ok('dossiers.list', { search: '000.00.00.h56', limit: 4 }, token);
    expect(first.items).toHaveLength(4);
    const second = await h.ok('dossiers.list', { search: '000.00.00.h56', limit: 4, cursor: first.nextCursor! }, token);
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(6);
  });

  it('reads a code search from the indexes, never by scanning the dossiers', async () => {
    const h = await startCore();
    await twoDaysOfIntake(h);
    const db = openDeskDatabase(h.dir, { readonly: true });
    try {
      // The statement the queue runs, captured as it is prepared, then explained with its parameters.
      const statements: string[] = [];
      /** The statement each kind of input ran (prepared once per connection, then reused). */
      const prepared = new Map<string, string>();
      const prepare = db.prepare.bind(db);
      db.prepare = ((sql: string) => {
        statements.push(sql);
        return prepare(sql);
      }) as typeof db.prepare;
      const now = new Date('2026-11-24T03:00:00Z');
      const inputs = [
        ...['5003', '261203-5002', 'h56-261124-5002', '000.00.00.h56'].map((search) => ({ search, filters: {}, filterParams: [] as unknown[] })),
        // A status filter must not make the open dossiers (most of the ward) the outer loop.
        { search: '5003', filters: { status: [2, 4] }, filterParams: [2, 4] },
      ];
      for (const { search, filters, filterParams } of inputs) {
        statements.length = 0;
        listDossiers(db, { search, limit: 50, ...filters }, now, DEFAULT_WORK_CALENDAR);
        const sql = statements.find((s) => s.includes('code_reversed')) ?? prepared.get(JSON.stringify(filters));
        expect(sql, search).toBeDefined();
        prepared.set(JSON.stringify(filters), sql!);
        const code = search.toUpperCase();
        const tail = [...code].reverse().join('');
        const plan = (prepare(`EXPLAIN QUERY PLAN ${sql!}`).all(tail, `${tail}\uffff`, code, `${code}\uffff`, ...filterParams, 51) as Array<{ detail: string }>).map((r) => r.detail);
        const shown = `${search} ${JSON.stringify(filters)}\n${plan.join('\n')}`;
        expect(plan.some((d) => /USING (COVERING )?INDEX dossiers_code_reversed/.test(d)), shown).toBe(true);
        expect(plan.some((d) => d.includes('dossiers_code_nocase')), shown).toBe(true);
        expect(plan.filter((d) => /^SCAN (d|dossiers)\b/.test(d) || d.includes('dossiers_status_due')), shown).toEqual([]);
      }
    } finally {
      db.close();
    }
  });
});

describe('migration 010 (code_reversed and the code indexes)', () => {
  it('lets the dossiers of a version-9 database be found by a tail of their code', async () => {
    const h = await startCore();
    const { codes } = await twoDaysOfIntake(h);
    await h.core.close();
    // A version-9 database holding those very rows (the columns version 9 has), then opened as today.
    const t = makeTempDir();
    try {
      const v9 = openDatabase(t.dir, MIGRATIONS.slice(0, 9)).db;
      v9.prepare('ATTACH DATABASE ? AS today').run(path.join(h.dir, 'desk.sqlite3'));
      for (const table of ['users', 'dossiers']) {
        const columns = (v9.prepare('SELECT name FROM main.pragma_table_info(?)').all(table) as Array<{ name: string }>).map((c) => c.name).join(', ');
        v9.exec(`INSERT OR REPLACE INTO main.${table}(${columns}) SELECT ${columns} FROM today.${table}`);
      }
      v9.exec('DETACH DATABASE today');
      closeDatabase(v9);

      const migrated = openDatabase(t.dir).db;
      try {
        expect(migrated.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
        const found = (search: string) => listDossiers(migrated, { search, limit: 50 }, new Date('2026-11-24T03:00:00Z'), DEFAULT_WORK_CALENDAR).items.map((i) => i.code);
        expect(found('261123-5003')).toEqual([codes[2]]);
        expect(found('5001').sort()).toEqual([codes[0], codes[3]].sort());
      } finally {
        closeDatabase(migrated);
      }
    } finally {
      t.cleanup();
    }
  });
});
